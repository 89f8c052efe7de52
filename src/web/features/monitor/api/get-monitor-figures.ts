import type { MonitorResult } from '../../../../domain/monitor/responses';
import type { MonitorPer, MonitorUnitKind } from '../../../../domain/monitor/figures';
import { apiFetch, useApi } from '../../../lib/api';

/** What the page asks for; the product is chosen on the page, so all products are fetched at once. */
export interface MonitorSelection {
  from: string;
  to: string;
  per: MonitorPer;
  by: MonitorUnitKind;
}

export function monitorQueryString(s: MonitorSelection, extra: Record<string, string> = {}): string {
  return new URLSearchParams({ from: s.from, to: s.to, per: s.per, by: s.by, ...extra }).toString();
}

/** Signed in: the figures route (suppressed unless asked otherwise); a visitor: the public route, always suppressed. */
export const fetchMonitorFigures = (s: MonitorSelection, visitor = false) =>
  apiFetch<MonitorResult>(`${visitor ? '/public/monitor/figures' : '/monitor/figures'}?${monitorQueryString(s)}`);

export const useMonitorFigures = (s: MonitorSelection, visitor = false) =>
  useApi(`monitor-figures:${visitor ? 'public' : 'member'}?${monitorQueryString(s)}`, () => fetchMonitorFigures(s, visitor));
