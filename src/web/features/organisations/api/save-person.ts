import { apiFetch } from '../../../lib/api';
import type { Person } from './persons';

export interface PersonInput {
  key: string;
  name: string;
  email: string | null;
  phone: string | null;
  roles: string[];
  organisationIds: string[];
}

export const createPerson = (input: PersonInput) => apiFetch<Person>('/persons', { method: 'POST', body: JSON.stringify(input) });

/** A stale `version` gets HTTP 409 with the current person in details.current. */
export const updatePerson = (id: string, version: number, input: Omit<PersonInput, 'key'>) =>
  apiFetch<Person>(`/persons/${encodeURIComponent(id)}`, { method: 'PATCH', body: JSON.stringify({ ...input, version }) });

/** Removal at the person's request (AVG): references show "vervallen persoon". */
export const removePerson = (id: string, version: number) =>
  apiFetch<null>(`/persons/${encodeURIComponent(id)}?version=${version}`, { method: 'DELETE' });
