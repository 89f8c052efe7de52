import { ZRM_DOMAINS } from '../../domain/kpi/zrm';
import { parseDateInput } from '../../domain/shared/date-input';
import { DomainError } from '../../domain/shared/errors';
import { clientPseudonym, quoted } from '../episodes/pseudonym';
import { cellText, fold } from '../table/cells';
import { columnLetter, findHeader, type ColumnAliases } from '../table/header';
import { ImportProblems } from '../table/problems';
import { IMPORT_LIMITS, type ImportWarning, type RawTable } from '../table/raw-table';

/**
 * A file of ZRM assessments (docs/kpi.md, "ZRM-import"). Either wide (one row per assessment, the
 * 13 domains as columns) or long (one row per domain: columns domein and score). The client column
 * holds the provider's pseudonymous key; a BSN in any form is replaced by its keyed pseudonym at
 * once (or refused without the pseudonymisation key), a BSN-looking number that fails the elfproef
 * is refused, and no message ever repeats a BSN.
 */
type Field = 'client' | 'aanbieder' | 'datum' | 'meting' | 'domein' | 'score';
const FIXED: ColumnAliases<Field> = {
  client: ['client', 'clientsleutel', 'clientnummer', 'clientcode', 'pseudoniem', 'clientpseudoniem', 'sleutel'],
  aanbieder: ['aanbieder', 'zorgaanbieder', 'organisatie', 'provider'],
  datum: ['datum', 'meetdatum', 'datum meting', 'date'],
  meting: ['meting', 'soort meting', 'moment', 'type meting'],
  domein: ['domein', 'domain'],
  score: ['score', 'zrm score'],
};
const DOMAIN_FIELDS = ZRM_DOMAINS.map((_, i) => `d${i}` as const);
type DomainField = (typeof DOMAIN_FIELDS)[number];
const DOMAIN_ALIASES = Object.fromEntries(
  ZRM_DOMAINS.map((d, i) => [`d${i}`, [...new Set([fold(d), fold(d.replace('&', 'en'))])]]),
) as ColumnAliases<DomainField>;

/** A domain named as in ZRM 2017 (folded), also with "en" for "&". */
export function zrmDomainIndex(text: string): number | null {
  const f = fold(text)
    .replace(/\ben\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const i = ZRM_DOMAINS.findIndex((d) => fold(d).replace(/\s+/g, ' ') === f);
  return i < 0 ? null : i;
}

const START = new Set(['start', 'begin', 'beginmeting', 'startmeting', 'instroom', 'nulmeting', '0 meting', '0', 't0', 'intake']);
const FOLLOW = new Set([
  'vervolg',
  'vervolgmeting',
  'eind',
  'eindmeting',
  'uitstroom',
  '1 meting',
  '2 meting',
  '1',
  '2',
  '3',
  't1',
  't2',
  'tussenmeting',
  'herhaling',
]);

export interface ZrmProvider {
  id: string;
  /** Name, key and other names a file may use. */
  names: string[];
}

export interface ZrmImportAssessment {
  /** First row of the assessment in the file. */
  row: number;
  /** The client key as it is stored (before the provider-bound hash): a pseudonym, never a BSN. */
  clientRef: string;
  /** True when the file held a BSN that was replaced by its keyed pseudonym. */
  fromBsn: boolean;
  providerId: string;
  providerName: string;
  kind: 'start' | 'vervolg';
  date: string;
  scores: (number | null)[];
}

/**
 * Read and check every row. All problems are collected and thrown at once (IMPORT_ROW_INVALID,
 * "Rij n, kolom: reden"); otherwise the assessments, grouped per (client, provider, date, kind).
 */
export function parseZrmTable(
  table: RawTable,
  ctx: { providers: ZrmProvider[]; pseudonymSecret: string | undefined },
): { assessments: ZrmImportAssessment[]; warnings: ImportWarning[] } {
  const aliases = { ...FIXED, ...DOMAIN_ALIASES } as ColumnAliases<Field | DomainField>;
  const header = findHeader<Field | DomainField>(table.sheets, aliases, ['client', 'aanbieder', 'datum']);
  if (!header)
    throw new DomainError(
      'IMPORT_FILE_INVALID',
      'De kolommen client, aanbieder en datum zijn niet gevonden (zie docs/kpi.md, ZRM-import).',
      [{ reason: 'kolommen niet gevonden' }],
    );
  const col = header.columns;
  const long = col.domein !== undefined && col.score !== undefined;
  const domainCols = DOMAIN_FIELDS.map((f) => col[f]);
  if (!long && domainCols.every((c) => c === undefined))
    throw new DomainError(
      'IMPORT_FILE_INVALID',
      'Geen scores gevonden: geef de 13 ZRM-domeinen als kolommen (Financiën, Werk & opleiding, …) of de kolommen domein en score.',
      [{ reason: 'geen domeinkolommen' }],
    );
  const problems = new ImportProblems();
  const label = (f: Field) => header.labels[f] ?? f;
  for (const i of header.ignored) problems.warn(header.row, `kolom ${columnLetter(i.column)} ('${i.label}') wordt niet gebruikt`);
  if (!long)
    ZRM_DOMAINS.forEach((d, i) => {
      if (domainCols[i] === undefined) problems.warn(header.row, `kolom voor domein '${d}' ontbreekt: dat domein telt als niet gescoord`);
    });
  const body = header.sheet.rows.slice(header.index + 1);
  if (body.length > IMPORT_LIMITS.maxRows)
    throw new DomainError('PAYLOAD_TOO_LARGE', `Het bestand heeft meer dan ${IMPORT_LIMITS.maxRows} rijen.`, [{ reason: 'te veel rijen' }]);

  const score = (row: number, field: string, raw: string): number | null => {
    const t = raw.trim().toLowerCase();
    if (t === '' || t === 'nvt' || t === 'n.v.t.' || t === 'onbekend' || t === '-') return null;
    if (!/^[1-5]$/.test(t)) {
      problems.error(row, field, `${quoted(raw)} is geen ZRM-score (1 tot en met 5, of leeg voor niet gescoord)`);
      return null;
    }
    return Number(t);
  };

  type Draft = Omit<ZrmImportAssessment, 'kind'> & { kind: 'start' | 'vervolg' | null; rows: Map<number, number> };
  const groups = new Map<string, Draft>();
  const providerKey = (text: string) => ctx.providers.find((p) => p.names.some((n) => fold(n) === fold(text)));
  for (const r of body) {
    if (r.cells.every((c) => cellText(c) === '')) continue;
    const text = (f: Field | DomainField) => {
      const c = col[f];
      return c === undefined ? '' : cellText(r.cells[c]);
    };
    const client = clientPseudonym(text('client'), ctx.pseudonymSecret);
    if (!client.ok) problems.error(r.row, label('client'), client.reason);
    const providerText = text('aanbieder');
    const provider = providerKey(providerText);
    if (!provider)
      problems.error(
        r.row,
        label('aanbieder'),
        providerText ? `${quoted(providerText)} is geen aanbieder van dit programma` : 'de aanbieder ontbreekt',
      );
    const dateText = text('datum');
    const date = parseDateInput(dateText);
    if (!date) problems.error(r.row, label('datum'), dateText ? `${quoted(dateText)} is geen datum (dd-mm-jjjj)` : 'de datum ontbreekt');
    let kind: 'start' | 'vervolg' | null = null;
    if (col.meting !== undefined) {
      const k = fold(text('meting'));
      if (START.has(k)) kind = 'start';
      else if (FOLLOW.has(k)) kind = 'vervolg';
      else problems.error(r.row, label('meting'), `${quoted(text('meting'))} is geen meting: start of vervolg`);
    }
    const scores: (number | null)[] = ZRM_DOMAINS.map(() => null);
    let domainIndex: number | null = null;
    if (long) {
      domainIndex = zrmDomainIndex(text('domein'));
      if (domainIndex === null) problems.error(r.row, label('domein'), `${quoted(text('domein'))} is geen domein van de ZRM 2017`);
      else scores[domainIndex] = score(r.row, label('score'), text('score'));
    } else {
      DOMAIN_FIELDS.forEach((f, i) => {
        if (col[f] !== undefined) scores[i] = score(r.row, header.labels[f] ?? f, text(f));
      });
    }
    if (!client.ok || !provider || !date) continue;
    const key = [provider.id, client.client, date, kind ?? ''].join('\u0000');
    const existing = groups.get(key);
    if (!existing) {
      groups.set(key, {
        row: r.row,
        clientRef: client.client,
        fromBsn: client.client.startsWith('h:') && text('client').trim() !== client.client,
        providerId: provider.id,
        providerName: provider.names[0] ?? providerText,
        kind,
        date,
        scores,
        rows: new Map(domainIndex === null ? [] : [[domainIndex, r.row]]),
      });
    } else if (!long) {
      problems.error(r.row, label('client'), `dezelfde meting (cliënt, aanbieder, datum) staat al in rij ${existing.row}`);
    } else if (domainIndex !== null) {
      const seen = existing.rows.get(domainIndex);
      if (seen !== undefined)
        problems.error(r.row, label('domein'), `domein '${ZRM_DOMAINS[domainIndex] ?? ''}' van deze meting staat al in rij ${seen}`);
      else {
        existing.rows.set(domainIndex, r.row);
        existing.scores[domainIndex] = scores[domainIndex] ?? null;
      }
    }
  }
  // Without a meting column: per client and provider the earliest date is the start, later ones follow-ups.
  const first = new Map<string, string>();
  for (const g of groups.values()) {
    const k = `${g.providerId}\u0000${g.clientRef}`;
    const f = first.get(k);
    if (f === undefined || g.date < f) first.set(k, g.date);
  }
  const assessments: ZrmImportAssessment[] = [...groups.values()]
    .map(({ rows: _rows, ...g }) => ({
      ...g,
      kind: g.kind ?? (first.get(`${g.providerId}\u0000${g.clientRef}`) === g.date ? ('start' as const) : ('vervolg' as const)),
    }))
    .sort((a, b) => a.row - b.row);
  for (const a of assessments)
    if (a.scores.every((s) => s === null)) problems.error(a.row, long ? label('score') : 'scores', 'deze meting heeft geen enkele score');
  if (assessments.length === 0 && problems.errors.length === 0)
    problems.error(header.row + 1, label('client'), 'het bestand bevat geen metingen');
  const warnings = problems.settle();
  return { assessments, warnings };
}
