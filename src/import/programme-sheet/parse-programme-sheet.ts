import { lifecycleFromWord } from '../../domain/progress/lifecycle';
import type { ProgressStatus } from '../../domain/progress/status';
import { isIsoDate, parseDeadline } from '../../domain/shared/deadline';
import { DomainError } from '../../domain/shared/errors';
import { cellText, fold, isEmptyMarker } from '../table/cells';
import { columnLetter, findHeader, matchHeader, type HeaderMatch } from '../table/header';
import { ImportProblems } from '../table/problems';
import type { RawRow, RawTable } from '../table/raw-table';
import { readTable } from '../table/read-table';
import {
  SHEET_COLUMNS,
  SHEET_FIELD_NAMES,
  SHEET_REQUIRED,
  STATUS_WORDS,
  type ProgrammeSheet,
  type SheetField,
  type SheetNode,
} from './programme-sheet';

/** Reads a generic programme sheet (code, title, level, parent, owner, dates, status). */
export async function parseProgrammeSheet(bytes: Uint8Array): Promise<ProgrammeSheet> {
  return interpretProgrammeSheet(await readTable(bytes));
}

interface Draft extends Omit<SheetNode, 'parentIndex' | 'depth'> {
  parentCode: string;
  parent: Draft | null;
}

export function interpretProgrammeSheet(table: RawTable): ProgrammeSheet {
  const header = findHeader(table.sheets, SHEET_COLUMNS, SHEET_REQUIRED);
  if (header === null) {
    const reason = "geen kopregel gevonden met ten minste de kolommen 'Code' en 'Titel' (in de eerste 50 rijen)";
    throw new DomainError('IMPORT_FILE_INVALID', `Het bestand is geen programmablad: ${reason}.`, [{ reason }]);
  }
  const problems = new ImportProblems();
  for (const column of header.ignored) {
    problems.warn(header.row, `Kolom '${column.label}' (kolom ${columnLetter(column.column)}) wordt niet geïmporteerd.`);
  }
  const label = (f: SheetField): string => header.labels[f] ?? SHEET_FIELD_NAMES[f];
  const drafts: Draft[] = [];
  for (const row of header.sheet.rows.slice(header.index + 1)) {
    const draft = readRow(row, header, problems, label);
    if (draft !== null) drafts.push(draft);
  }
  linkParents(drafts, problems, label);
  const { nodes, levelLabels } = arrange(drafts, problems, label);
  if (nodes.length === 0 && problems.errors.length === 0) {
    const reason = `onder de kopregel (rij ${header.row}) staan geen elementen`;
    throw new DomainError('IMPORT_FILE_INVALID', `Het bestand bevat geen elementen: ${reason}.`, [{ row: header.row, reason }]);
  }
  const warnings = problems.settle();
  const { kind, name: sheet } = header.sheet;
  const source = { kind, sheet, headerRow: header.row, ...(table.encoding === undefined ? {} : { encoding: table.encoding }) };
  return { source, nodes, levelLabels, warnings };
}

function readRow(row: RawRow, header: HeaderMatch<SheetField>, problems: ImportProblems, label: (f: SheetField) => string): Draft | null {
  const text = (field: SheetField): string => {
    const column = header.columns[field];
    const value = column === undefined ? '' : cellText(row.cells[column]);
    return isEmptyMarker(value) ? '' : value;
  };
  const fields = Object.keys(header.columns) as SheetField[];
  if (fields.every((f) => text(f) === '')) return null;
  if (Object.keys(matchHeader(row, SHEET_COLUMNS).columns).length >= fields.length) {
    problems.warn(row.row, 'De kopregel staat hier nog een keer; deze rij is overgeslagen.');
    return null;
  }
  const code = text('code')
    .replace(/\s+/g, ' ')
    .replace(/[.)]+$/, '');
  const title = text('title').replace(/\s+/g, ' ');
  if (title === '') {
    problems.error(row.row, label('title'), code === '' ? 'ontbreekt' : `ontbreekt bij code ${code}`);
    return null;
  }
  const startText = text('start');
  const start = startText === '' ? null : isoDate(startText);
  if (start === undefined) problems.error(row.row, label('start'), `'${startText}' is geen datum (verwacht dd-mm-jjjj)`);
  const deadlineText = text('deadline');
  const parsed = deadlineText === '' ? null : parseDeadline(deadlineText);
  if (parsed !== null && !parsed.ok) problems.error(row.row, label('deadline'), parsed.reason);
  const statusText = text('status');
  const status = statusText === '' ? null : statusOf(statusText);
  const lifecycle = statusText === '' || status !== null ? null : lifecycleFromWord(statusText);
  if (statusText !== '' && status === null && lifecycle === null) {
    problems.warn(row.row, `Onbekende status '${statusText}'; niet overgenomen.`, label('status'));
  }
  return {
    row: row.row,
    code,
    title,
    description: text('description') || null,
    levelLabel: text('level') || null,
    owner: text('owner') || null,
    start: start ?? null,
    deadline: parsed?.ok ? parsed.deadline : null,
    status,
    lifecycle,
    parentCode: text('parent').replace(/[.)]+$/, ''),
    parent: null,
  };
}

/** Parent from the parent column, else from a dotted code ("1.2.3" under "1.2"), else from the level order. */
function linkParents(drafts: Draft[], problems: ImportProblems, label: (f: SheetField) => string): void {
  const ranks = levelRanks(drafts);
  const byCode = new Map<string, number[]>();
  drafts.forEach((d, i) => byCode.set(d.code, [...(byCode.get(d.code) ?? []), i]));
  drafts.forEach((draft, index) => {
    const others = (code: string): number[] => (byCode.get(code) ?? []).filter((i) => i !== index);
    /** The nearest earlier element with this code, else the first later one. */
    const before = (code: string): Draft | undefined => {
      const same = others(code);
      const at = same.filter((i) => i < index).at(-1) ?? same[0];
      return at === undefined ? undefined : drafts[at];
    };
    if (draft.parentCode !== '') {
      const count = others(draft.parentCode).length;
      const parent = before(draft.parentCode);
      if (parent === undefined) {
        const reason =
          draft.parentCode === draft.code
            ? 'verwijst naar het element zelf'
            : `'${draft.parentCode}' komt niet voor als code in het bestand`;
        problems.error(draft.row, label('parent'), reason);
      } else {
        if (count > 1)
          problems.warn(draft.row, `Code ${draft.parentCode} komt meer dan eens voor; gekoppeld aan rij ${parent.row}.`, label('parent'));
        draft.parent = parent;
      }
      return;
    }
    const segments = draft.code.split('.');
    if (segments.length > 1 && segments.every((s) => s !== '')) {
      for (let n = segments.length - 1; n >= 1; n -= 1) {
        const parent = before(segments.slice(0, n).join('.'));
        if (parent === undefined) continue;
        if (n < segments.length - 1) {
          problems.warn(draft.row, `Code ${segments.slice(0, -1).join('.')} ontbreekt; geplaatst onder ${parent.code}.`, label('code'));
        }
        draft.parent = parent;
        return;
      }
      problems.warn(draft.row, `Code ${segments.slice(0, -1).join('.')} ontbreekt; op het hoogste niveau geplaatst.`, label('code'));
      return;
    }
    const rank = ranks.get(draft);
    if (rank === undefined || rank === 0) return;
    draft.parent =
      drafts
        .slice(0, index)
        .reverse()
        .find((d) => (ranks.get(d) ?? 0) < rank) ?? null;
  });
  // Walk up from every element once; an element met again on the same walk closes a cycle.
  const done = new Set<Draft>();
  for (const draft of drafts) {
    const path: Draft[] = [];
    const onPath = new Set<Draft>();
    for (let at: Draft | null = draft; at !== null && !done.has(at); at = at.parent) {
      if (onPath.has(at)) {
        const rows = path
          .slice(path.indexOf(at))
          .map((d) => d.row)
          .sort((a, b) => a - b);
        problems.error(at.row, label('parent'), `de bovenliggende codes vormen een kring (rijen ${rows.join(', ')})`);
        at.parent = null;
        break;
      }
      onPath.add(at);
      path.push(at);
    }
    for (const d of path) done.add(d);
  }
}

/** Outline rank per row from the level column: a number, or a name ranked by first appearance. */
function levelRanks(drafts: Draft[]): Map<Draft, number> {
  const names: string[] = [];
  const ranks = new Map<Draft, number>();
  for (const d of drafts) {
    if (d.levelLabel === null) continue;
    if (/^\d{1,2}$/.test(d.levelLabel)) {
      ranks.set(d, Math.max(0, Number(d.levelLabel) - 1));
      continue;
    }
    const name = fold(d.levelLabel);
    if (!names.includes(name)) names.push(name);
    ranks.set(d, names.indexOf(name));
  }
  return ranks;
}

/** Tree order (parents first, siblings in sheet order), depths, and a name per level. */
function arrange(
  drafts: Draft[],
  problems: ImportProblems,
  label: (f: SheetField) => string,
): Pick<ProgrammeSheet, 'nodes' | 'levelLabels'> {
  const nodes: SheetNode[] = [];
  const labels: string[] = [];
  const children = new Map<Draft | null, Draft[]>();
  for (const d of drafts) children.set(d.parent, [...(children.get(d.parent) ?? []), d]);
  // Iterative depth-first walk: a long chain of parents must not overflow the call stack.
  const stack: { draft: Draft; parentIndex: number | null; depth: number }[] = (children.get(null) ?? [])
    .map((draft) => ({ draft, parentIndex: null, depth: 0 }))
    .reverse();
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { draft, parentIndex, depth } = next;
    const { parentCode: _p, parent: _q, ...rest } = draft;
    nodes.push({ ...rest, parentIndex, depth });
    const level = draft.levelLabel;
    if (level !== null && /^\d{1,2}$/.test(level) && Number(level) !== depth + 1) {
      problems.warn(draft.row, `Niveau ${level} past niet bij de plaats in de boom (niveau ${depth + 1}).`, label('level'));
    } else if (level !== null && !/^\d{1,2}$/.test(level)) {
      const known = labels[depth];
      if (known === undefined) labels[depth] = level;
      else if (fold(known) !== fold(level)) {
        problems.warn(draft.row, `Niveau '${level}' wijkt af van '${known}' op dezelfde diepte.`, label('level'));
      }
    }
    const index = nodes.length - 1;
    for (const child of [...(children.get(draft) ?? [])].reverse()) stack.push({ draft: child, parentIndex: index, depth: depth + 1 });
  }
  const maxDepth = Math.max(-1, ...nodes.map((n) => n.depth));
  const levelLabels = Array.from({ length: maxDepth + 1 }, (_, d) => labels[d] ?? `Niveau ${d + 1}`);
  return { nodes, levelLabels };
}

function statusOf(text: string): ProgressStatus | null {
  const folded = fold(text);
  for (const [status, words] of Object.entries(STATUS_WORDS) as [ProgressStatus, readonly string[]][]) {
    if (words.includes(folded)) return status;
  }
  return null;
}

/** jjjj-mm-dd or dd-mm-jjjj (also with / or .) → jjjj-mm-dd; undefined when it is no date. */
function isoDate(text: string): string | undefined {
  if (isIsoDate(text)) return text;
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m === null) return undefined;
  const iso = `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}
