/** The programmes feature's public entry: what other features may use (they import nothing else of programmes/). */
export { useProgramme } from './api/get-programme';
export { useOrganisations } from './api/list-organisations';
export { Breadcrumb } from './components/breadcrumb';
export { useTree } from './api/get-tree';
