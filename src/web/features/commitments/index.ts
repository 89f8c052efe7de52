/** The commitments feature's public entry: what other features may use. */
export { useCommitments } from './api/get-commitments';
