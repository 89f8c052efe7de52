import type { MonitorDefinitionList } from '../../../../domain/monitor/responses';
import { apiFetch, useApi } from '../../../lib/api';

/** The "uitleg" of each figure, in Dutch, from the same source as docs/figures. */
export const fetchMonitorDefinitions = () => apiFetch<MonitorDefinitionList>('/monitor/definitions');

export const useMonitorDefinitions = () => useApi('monitor-definitions', fetchMonitorDefinitions);
