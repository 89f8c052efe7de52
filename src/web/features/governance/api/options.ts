import { apiFetch, useApi } from '../../../lib/api';
import { programmeBase } from './types';

/** Choices for the forms: persons, organisations, and the programme's nodes in tree order. */
export interface Option {
  value: string;
  label: string;
}

const fetchPersons = () =>
  apiFetch<{ items: { id: string; name: string }[] }>('/persons').then((r) => r.items.map((p) => ({ value: p.id, label: p.name })));
const fetchOrganisations = () =>
  apiFetch<{ items: { id: string; name: string }[] }>('/organisations').then((r) => r.items.map((o) => ({ value: o.id, label: o.name })));
const fetchNodes = (programme: string) =>
  apiFetch<{ nodes: { nodeId: string; level: number; code: string | null; title: string }[] }>(`${programmeBase(programme)}/progress`).then(
    (r) => r.nodes.map((n) => ({ value: n.nodeId, label: `${'\u00a0\u00a0'.repeat(n.level)}${n.code ? `${n.code} ` : ''}${n.title}` })),
  );

export const usePersonOptions = (enabled: boolean) =>
  useApi(`person-options:${enabled}`, () => (enabled ? fetchPersons() : Promise.resolve<Option[]>([])));
export const useOrganisationOptions = (enabled: boolean) =>
  useApi(`organisation-options:${enabled}`, () => (enabled ? fetchOrganisations() : Promise.resolve<Option[]>([])));
export const useNodeOptions = (programme: string) => useApi(`node-options:${programme}`, () => fetchNodes(programme));
