import type { DeadlineStruct } from '../build';

/** The shape the Flevoland seed is written in before it becomes a programme document. */
export interface Fundament {
  code: string;
  title: string;
  /** What the fundament should bring about, told through the inwoner of the casus. */
  doelstelling: string;
  context?: string;
  /** The Resultaat nodes under this fundament (the document lists them as bullets, no codes). */
  results: (string | Result)[];
  /** Explicit references the document makes, e.g. "actie 5.1.1". */
  references?: string;
}

export interface Hoofddoel {
  code: string;
  title: string;
  /** "De uitdaging van de gemeenten". */
  challenge: string;
  /** Short retelling of the inwoner's story. */
  casus: string;
  context?: string;
  fundamenten: Fundament[];
  /** "Aanpalende thema's". */
  aanpalend: string;
}

/** A result with more than its text: the scope the document states ("elke gemeente", "de regio"), a deadline. */
export interface Result {
  text: string;
  scope?: 'lokaal' | 'regionaal';
  deadline?: DeadlineStruct;
}
