/**
 * The words of knowledge and network (issue 23, docs/knowledge.md).
 *
 * Adoption of a good practice by a gemeente, in the order a practice usually travels:
 * - overwogen: the gemeente looked at it (a conversation, a visit) and has not decided;
 * - in-voorbereiding: decided to start, preparing (budget, partners, training);
 * - ingevoerd: running in the gemeente;
 * - gestopt: it ran (or was prepared) and has stopped;
 * - afgewezen: considered and decided against.
 */
export const ADOPTION_STATUSES = ['overwogen', 'in-voorbereiding', 'ingevoerd', 'gestopt', 'afgewezen'] as const;
export type AdoptionStatus = (typeof ADOPTION_STATUSES)[number];

export const ADOPTION_LABELS: Record<AdoptionStatus, string> = {
  overwogen: 'overwogen',
  'in-voorbereiding': 'in voorbereiding',
  ingevoerd: 'ingevoerd',
  gestopt: 'gestopt',
  afgewezen: 'afgewezen',
};

/**
 * What a related initiative (omgevingsbeeld) is: another body (instantie: a GGD, a province, a fund),
 * a consultation (overleg, netwerk), a programme or a project of someone else.
 */
export const INITIATIVE_KINDS = ['instantie', 'overleg', 'netwerk', 'programma', 'project', 'overig'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];
