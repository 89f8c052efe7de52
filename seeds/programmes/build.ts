import type { ProgrammeDocumentInput } from '../../src/domain/programme/document';
import type { DeadlineGrain } from '../../src/domain/shared/deadline';

/** Small helpers so the seed documents read like the programmes they come from. */
export type NodeInput = ProgrammeDocumentInput['nodes'][number];
export type EffortInput = NonNullable<ProgrammeDocumentInput['efforts']>[number];
export type LinkInput = NonNullable<ProgrammeDocumentInput['links']>[number];
export type SectionInput = NonNullable<NodeInput['sections']>[number];

export interface DeadlineStruct {
  grain: DeadlineGrain;
  wording: string;
  start: string | null;
  end: string | null;
}

/** A deadline in the programme's own wording, with the grain it was given at. */
export function due(wording: string, grain: DeadlineGrain, start: string | null = null, end: string | null = null): DeadlineStruct {
  return { grain, wording, start, end };
}

export const year = (y: number, wording = String(y)): DeadlineStruct => due(wording, 'jaar', `${y}-01-01`, `${y}-12-31`);

const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'] as const;
const QUARTER_START = ['01-01', '04-01', '07-01', '10-01'] as const;
export const quarter = (q: 1 | 2 | 3 | 4, y: number, wording = `Q${q} ${y}`): DeadlineStruct =>
  due(wording, 'kwartaal', `${y}-${QUARTER_START[q - 1]}`, `${y}-${QUARTER_END[q - 1]}`);

export const ongoing = (wording = 'doorlopend'): DeadlineStruct => due(wording, 'doorlopend');

/** A section whose body is a bullet list, one line per item. */
export function list(title: string, items: string[]): SectionInput {
  return { title, body: items.map((i) => `- ${i}`).join('\n') };
}

/** One step of a programme's timeline: when (at the grain and in the words given) and what. */
export type Step = [when: DeadlineStruct, what: string];

/** A "Tijdpad" section; the steps are also offered as milestones (see milestones.ts). */
export function timeline(steps: Step[]): SectionInput {
  return { title: 'Tijdpad', body: steps.map(([when, what]) => `- ${when.wording}: ${what}`).join('\n') };
}

export const month = (m: number, y: number, wording: string): DeadlineStruct => {
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return due(wording, 'maand', `${y}-${mm}-01`, `${y}-${mm}-${String(last).padStart(2, '0')}`);
};

export const day = (iso: string, wording: string): DeadlineStruct => due(wording, 'datum', iso, iso);

export function section(title: string, body: string): SectionInput {
  return { title, body };
}
