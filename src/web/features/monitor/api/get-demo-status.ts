import { apiFetch, useApi } from '../../../lib/api';

/** Which parts hold invented demo data (the monitor's synthetic episodes), so the page can say so. */
export const fetchDemoStatus = () => apiFetch<{ monitor: boolean }>('/demo/status');
export const useDemoStatus = () => useApi('demo-status', fetchDemoStatus);
