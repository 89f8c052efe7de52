import { apiFetch, useApi } from '../../../lib/api';

export interface Person {
  id: string;
  key: string;
  name: string;
  organisationId: string | null;
  organisationIds: string[];
  removed: boolean;
  email: string | null;
  phone: string | null;
  roles: string[];
  version: number;
}

export const fetchPersons = () => apiFetch<{ items: Person[] }>('/persons');

export const usePersons = (revision = 0) => useApi(`persons:${revision}`, fetchPersons);
