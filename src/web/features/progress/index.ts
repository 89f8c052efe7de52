/** The progress feature's public entry: what other features may use. */
export { NodeProgressSummary } from './components/node-progress-summary';
