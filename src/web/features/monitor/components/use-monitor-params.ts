import { useSearchParams } from 'react-router-dom';
import type { MonitorPer, MonitorProduct, MonitorUnitKind } from '../../../../domain/monitor/figures';
import type { MonitorSelection } from '../api/get-monitor-figures';

const PERS: readonly MonitorPer[] = ['maand', 'kwartaal', 'jaar'];
const KINDS: readonly MonitorUnitKind[] = ['gemeente', 'aanbieder', 'regio'];
const PRODUCTS: readonly MonitorProduct[] = ['totaal', 'BW', 'MO'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface MonitorParams {
  selection: MonitorSelection;
  product: MonitorProduct;
  /** Period key shown in the table (absent: the latest). */
  tablePeriod: string | null;
  /** Unit code shown in the trend charts (absent: the first). */
  chartUnit: string | null;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((a) => a === value) ?? fallback;
}

/** Default: the two last full calendar years, per quarter, per municipality. */
function defaults(today: Date): MonitorSelection {
  const y = today.getFullYear();
  return { from: `${y - 2}-01-01`, to: `${y - 1}-12-31`, per: 'kwartaal', by: 'gemeente' };
}

/** The page state lives in the address (Dutch parameter names), so a view can be bookmarked and shared. */
export function useMonitorParams(today = new Date()) {
  const [params, setParams] = useSearchParams();
  const d = defaults(today);
  const date = (name: string, fallback: string) => {
    const v = params.get(name);
    return v && ISO_DATE.test(v) ? v : fallback;
  };
  const value: MonitorParams = {
    selection: {
      from: date('van', d.from),
      to: date('tot', d.to),
      per: oneOf(params.get('per'), PERS, d.per),
      by: oneOf(params.get('eenheid'), KINDS, d.by),
    },
    product: oneOf(params.get('product'), PRODUCTS, 'totaal'),
    tablePeriod: params.get('periode'),
    chartUnit: params.get('grafiek'),
  };
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: false });
  };
  return { value, update };
}
