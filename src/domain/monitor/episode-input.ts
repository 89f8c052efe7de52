/** What the monitor's parsers hand to storage: shared by import/ (which produces it) and db/ (which stores it). */
import type { ImportIssue } from './responses';

/** An episode ready to store: client already pseudonymised, dates jjjj-mm-dd. */
export interface EpisodeInput {
  key: string;
  client: string;
  gemeente: string;
  aanbieder: string;
  product: 'BW' | 'MO';
  start: string;
  einde: string | null;
  redenEinde: string | null;
  pgb: boolean;
  toewijzingNummer: string | null;
  bron: 'csv' | 'iwmo';
}

/** One problem in an import: row (line or message number), field and reason, in Dutch. */
export interface ParseOutcome<T> {
  items: T[];
  errors: ImportIssue[];
  /** Rows that are valid but outside the monitor (e.g. another product category). */
  skipped: ImportIssue[];
}

/**
 * A valid episode of a CSV line that is plain ASCII (printable, no quote, no backslash), given as
 * byte ranges of the file instead of strings, so that a writer can copy the bytes without a
 * string per field. Trimmed already; `gemeente` (1–4 digits) and `reden` (1–2 digits) still need
 * their leading zeros. One object is reused for every line: read it at once, do not keep it.
 */
export interface PlainEpisode {
  src: Uint8Array;
  client: number;
  clientEnd: number;
  gemeente: number;
  gemeenteEnd: number;
  aanbieder: number;
  aanbiederEnd: number;
  product: 'BW' | 'MO';
  /** Where the 10 bytes jjjj-mm-dd of the start are. */
  start: number;
  /** Where the 10 bytes of the einde are; -1: no einde. */
  einde: number;
  /** reden == redenEnd: no reden_einde. */
  reden: number;
  redenEnd: number;
  pgb: boolean;
}

/** Where a scan hands its valid episodes: plain lines as byte ranges, every other one as strings. */
export interface EpisodeSink {
  add(e: EpisodeInput): void;
  addPlain(p: PlainEpisode): void;
}

/** A row of the capacity register (places per aanbieder/locatie/product over a period). */
export interface CapacityInput {
  aanbieder: string;
  locatie: string;
  product: '' | 'BW' | 'MO';
  van: string;
  tot: string | null;
  plaatsen: number;
}

/** A row of the region register (gemeente → regio). */
export interface RegionInput {
  gemeente: string;
  gemeenteNaam: string;
  regio: string;
  regioNaam: string;
}
