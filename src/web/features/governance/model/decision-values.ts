import type { Decision } from '../api/types';

/** A decision as typed: text, the nodes it is about, the adopted documents (title, reference). */
export interface DecisionValues {
  text: string;
  nodeIds: string[];
  document: string;
}
export const decisionValues = (d: Decision | null): DecisionValues => ({
  text: d?.text ?? '',
  nodeIds: d?.nodes.map((n) => n.id) ?? [],
  document: d?.adoptedDocuments.map((x) => (x.reference ? `${x.title}, ${x.reference}` : x.title)).join('; ') ?? '',
});
/** "Programmaplan, versie 2026; Begroting" → documents with title and reference. */
export const decisionInput = (v: DecisionValues) => ({
  text: v.text,
  nodeIds: [...new Set(v.nodeIds.filter(Boolean))],
  adoptedDocuments: v.document
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const [title = d, ...rest] = d.split(',');
      return { title: title.trim(), reference: rest.join(',').trim() || null };
    }),
});
