import type { PersonList, PersonView } from '../../../../domain/organisation/responses';
import { apiFetch, useApi } from '../../../lib/api';

/** A person as the API answers (domain/organisation/responses). */
export type Person = PersonView;

export const fetchPersons = () => apiFetch<PersonList>('/persons');

export const usePersons = (revision = 0) => useApi(`persons:${revision}`, fetchPersons);
