import { apiFetch, useApi } from '../../../lib/api';

/** The "uitleg" of each figure, in Dutch, from the same source as docs/figures. */
export interface MonitorDefinition {
  figure: string;
  title: string;
  uitleg: string;
}

export const fetchMonitorDefinitions = () => apiFetch<{ items: MonitorDefinition[] }>('/monitor/definitions');

export const useMonitorDefinitions = () => useApi('monitor-definitions', fetchMonitorDefinitions);
