import type { MonitorPeriod, MonitorResult, MonitorRow } from '../../../../domain/monitor/responses';
import type { MonitorProduct } from '../../../../domain/monitor/figures';

/** Read-only views over one API answer, so the components stay about drawing. */
export interface MonitorView {
  periods: MonitorPeriod[];
  units: { code: string; name: string }[];
  row(periodKey: string, unitCode: string): MonitorRow | undefined;
  /** Reason codes that occur anywhere in the selection, sorted. */
  reasonCodes: string[];
}

export function monitorView(result: MonitorResult, product: MonitorProduct): MonitorView {
  const periods = new Map<string, MonitorPeriod>();
  const units = new Map<string, string>();
  const byKey = new Map<string, MonitorRow>();
  const reasons = new Set<string>();
  for (const r of result.rows) {
    if (r.product !== product) continue;
    periods.set(r.period.key, r.period);
    if (!units.has(r.unit_code)) units.set(r.unit_code, r.unit_name);
    byKey.set(`${r.period.key}|${r.unit_code}`, r);
    for (const code of Object.keys(r.redenen_einde)) reasons.add(code);
  }
  return {
    periods: [...periods.values()].sort((a, b) => a.start.localeCompare(b.start)),
    units: [...units.entries()].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    row: (p, u) => byKey.get(`${p}|${u}`),
    reasonCodes: [...reasons].sort(),
  };
}
