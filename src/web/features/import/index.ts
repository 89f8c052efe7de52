/** The import feature's public entry. */
export { fileToBase64 } from './api/import-table';
