import type { Deadline } from '../../domain/shared/deadline';
import type { LifecycleStatus } from '../../domain/progress/lifecycle';
import type { ProgressStatus } from '../../domain/progress/status';
import type { ColumnAliases } from '../table/header';
import type { ImportWarning } from '../table/raw-table';

/** One element of a generic programme sheet (one row). */
export interface SheetNode {
  row: number;
  /** The code as written ("1.2.3", "II"); '' when the row has none. Codes are labels, not keys. */
  code: string;
  title: string;
  description: string | null;
  /** Index in `nodes` of the parent; null for a top-level element. */
  parentIndex: number | null;
  /** 0 = top level. */
  depth: number;
  /** The level as the sheet named it ("Ambitie", "2"), if it had a level column. */
  levelLabel: string | null;
  owner: string | null;
  /** jjjj-mm-dd. */
  start: string | null;
  /** Deadline at the grain the sheet gave it (see domain/shared/deadline.ts). */
  deadline: Deadline | null;
  status: ProgressStatus | null;
  /** A life-cycle word in the status column ("gepauzeerd", "on hold"): where the node is in its life. */
  lifecycle: LifecycleStatus | null;
}

export interface ProgrammeSheet {
  source: { kind: 'tsv' | 'csv' | 'xlsx'; sheet: string; encoding?: string; headerRow: number };
  /** Parents come before their children; otherwise in sheet order. */
  nodes: SheetNode[];
  /** Name per depth, top first, from the level column ("Pijler", "Ambitie", …) or "Niveau n". */
  levelLabels: string[];
  warnings: ImportWarning[];
}

export type SheetField = 'code' | 'title' | 'description' | 'level' | 'parent' | 'owner' | 'start' | 'deadline' | 'status';

export const SHEET_COLUMNS: ColumnAliases<SheetField> = {
  code: ['code', 'nr', 'nummer', 'no', 'id'],
  title: ['titel', 'naam', 'onderwerp', 'element', 'doel', 'activiteit', 'resultaat'],
  description: ['omschrijving', 'beschrijving', 'toelichting'],
  level: ['niveau', 'laag', 'type', 'soort'],
  parent: ['bovenliggende code', 'bovenliggend', 'bovenliggend element', 'ouder', 'valt onder', 'hoort bij', 'onderdeel van', 'parent'],
  owner: ['eigenaar', 'trekker', 'verantwoordelijke', 'verantwoordelijk', 'aanspreekpunt', 'uitvoerder'],
  start: ['startdatum', 'start', 'begindatum', 'begin', 'vanaf'],
  deadline: ['einddatum', 'eind', 'deadline', 'gereed', 'opleverdatum', 'planning', 'wanneer', 'termijn', 'klaar'],
  status: ['status', 'stand van zaken', 'voortgang'],
};

export const SHEET_REQUIRED: readonly SheetField[] = ['code', 'title'];

export const SHEET_FIELD_NAMES: Record<SheetField, string> = {
  code: 'Code',
  title: 'Titel',
  description: 'Omschrijving',
  level: 'Niveau',
  parent: 'Bovenliggende code',
  owner: 'Eigenaar',
  start: 'Startdatum',
  deadline: 'Einddatum',
  status: 'Status',
};

/** The words sheets use for a state, folded, per traffic-light status. */
export const STATUS_WORDS: Record<ProgressStatus, readonly string[]> = {
  groen: ['groen', 'op koers', 'loopt', 'lopend', 'in uitvoering', 'gestart', 'bezig'],
  oranje: ['oranje', 'geel', 'aandacht', 'vertraagd', 'risico'],
  rood: ['rood', 'achter', 'achterstand', 'geblokkeerd', 'gestagneerd'],
  'niet-gestart': ['niet gestart', 'nog niet gestart', 'gepland', 'nog te starten', 'open'],
  afgerond: ['afgerond', 'gereed', 'klaar', 'voltooid', 'gerealiseerd', 'done'],
  vervallen: ['vervallen', 'geschrapt', 'komt te vervallen', 'gestopt'],
};
