/**
 * The DIN matrix (Doelen-Inspanningen-Netwerk): goals as rows, partners as columns, efforts in the
 * cells. One effort may serve several goals, so it can appear in several rows. A cell keeps the
 * difference between "nobody filled this in" (leeg) and an explicit "geen".
 */
export interface DinGoal {
  id: string;
  code: string | null;
  title: string;
  level: number;
  /** Ancestors as a reader names them, so repeated codes can be told apart outside the tree. */
  path?: string[];
}

export interface DinPartner {
  /** 'org:<organisation id>' or 'group:<name>'. */
  key: string;
  label: string;
  type: 'organisation' | 'group';
}

export interface DinEffort {
  id: string;
  partnerKey: string;
  text: string | null;
  geen: boolean;
  goalIds: readonly string[];
}

export type DinCellState = 'leeg' | 'geen' | 'inspanning';

export interface DinCell {
  partnerKey: string;
  state: DinCellState;
  efforts: { id: string; text: string | null; geen: boolean }[];
}

export interface DinMatrix {
  partners: DinPartner[];
  rows: { goal: DinGoal; cells: DinCell[] }[];
}

/** The matrix with what a file of it needs from its programme (the view-model of exports/din-xlsx). */
export interface DinMatrixOfProgramme extends DinMatrix {
  programme: { title: string; levelLabels: string[] };
}

export interface DinInput {
  /** Goals in document order (depth-first). */
  goals: readonly DinGoal[];
  /** Partners known up front (the programme's partners), in display order. */
  partners: readonly DinPartner[];
  /** Partners that only appear through efforts (labels for their keys). */
  otherPartners: readonly DinPartner[];
  efforts: readonly DinEffort[];
}

/**
 * Rows: goals with at least one effort (of the shown partners). Columns: the programme's partners,
 * then other organisations and partner groups in order of first appearance. With `partnerKey`
 * only that partner's column, and only the goals it has an effort (or an explicit "geen") for.
 */
export function buildDinMatrix(input: DinInput, partnerKey?: string | readonly string[]): DinMatrix {
  const columns: DinPartner[] = [...input.partners];
  const known = new Set(columns.map((p) => p.key));
  const others = new Map(input.otherPartners.map((p) => [p.key, p]));
  for (const e of input.efforts) {
    if (known.has(e.partnerKey)) continue;
    known.add(e.partnerKey);
    columns.push(others.get(e.partnerKey) ?? { key: e.partnerKey, label: e.partnerKey, type: 'group' });
  }
  // Organisations before groups, each keeping its order.
  const ordered = [...columns.filter((c) => c.type === 'organisation'), ...columns.filter((c) => c.type === 'group')];
  const wanted = partnerKey === undefined ? null : new Set(typeof partnerKey === 'string' ? [partnerKey] : partnerKey);
  const shown = wanted === null ? ordered : ordered.filter((c) => wanted.has(c.key));
  const shownKeys = new Set(shown.map((c) => c.key));

  const rows = input.goals.flatMap((goal) => {
    const here = input.efforts.filter((e) => e.goalIds.includes(goal.id) && shownKeys.has(e.partnerKey));
    if (here.length === 0) return [];
    const cells = shown.map((c): DinCell => {
      const efforts = here.filter((e) => e.partnerKey === c.key).map((e) => ({ id: e.id, text: e.text, geen: e.geen }));
      const state: DinCellState = efforts.length === 0 ? 'leeg' : efforts.every((e) => e.geen) ? 'geen' : 'inspanning';
      return { partnerKey: c.key, state, efforts };
    });
    return [{ goal, cells }];
  });
  return { partners: shown, rows };
}
