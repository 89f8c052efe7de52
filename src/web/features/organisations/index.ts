/** The organisations feature's public entry: what other features may use (they import nothing else of organisations/). */
export { usePersons } from './api/persons';
export { useOrganisationList } from './api/organisations';
