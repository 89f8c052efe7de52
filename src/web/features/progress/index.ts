/** The progress feature's public entry: what other features may use. */
export { NodeProgressSummary } from './components/node-progress-summary';
export type { OrganisationCommitments } from './api/types';
export { NodeRef } from './components/node-ref';
export { DemoLabel, MilestoneMark, StatusBadge } from './components/status-badge';
export { TableScroll } from './components/table-scroll';
export { useKeepPrevious } from './api/keep-previous';
export type { ProgressStatus } from './api/types';
