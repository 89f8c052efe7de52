import { apiFetch } from '../../../lib/api';
import type { Person } from './persons';

export interface PersonInput {
  key: string;
  name: string;
  email: string | null;
  roles: string[];
  organisationIds: string[];
}

export const createPerson = (input: PersonInput) => apiFetch<Person>('/persons', { method: 'POST', body: JSON.stringify(input) });

/** Removal at the person's request (AVG): references show "vervallen persoon". */
export const removePerson = (id: string, version: number) =>
  apiFetch<null>(`/persons/${encodeURIComponent(id)}?version=${version}`, { method: 'DELETE' });
