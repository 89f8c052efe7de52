import { DomainError } from '../../domain/shared/errors';
import { parseMunicipalityRef, SOCIAL_MAP_COLUMNS, splitMunicipalities, type SocialMapColumn } from '../../domain/social-map/columns';
import { checkServiceFields, cleanText, normaliseWebsite, SERVICE_FIELD_LABELS, type ServiceFields } from '../../domain/social-map/service';
import { parseServiceKind, parseWithoutReferral, SERVICE_KINDS } from '../../domain/social-map/vocabulary';
import { cellText, fold } from '../table/cells';
import { columnLetter, findHeader, type ColumnAliases } from '../table/header';
import { ImportProblems } from '../table/problems';
import { IMPORT_LIMITS, type ImportWarning, type RawTable } from '../table/raw-table';

const ALIASES = Object.fromEntries(SOCIAL_MAP_COLUMNS.map((c) => [c.field, c.aliases])) as unknown as ColumnAliases<SocialMapColumn>;
const HEADER_OF = Object.fromEntries(SOCIAL_MAP_COLUMNS.map((c) => [c.field, c.header])) as Record<SocialMapColumn, string>;
const REQUIRED: readonly SocialMapColumn[] = ['name', 'kind', 'municipalities'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the rows are read against: the gemeenten and the organisations a provider may name. */
export interface SocialMapImportContext {
  municipalities: { id: string; name: string; cbsCode: string | null; key: string }[];
  organisations: { id: string; name: string; key: string }[];
}

export interface SocialMapImportRow {
  /** Row number as the file shows it. */
  row: number;
  /** Dienst-id: the service to update (or to create with this id); null = a new service. */
  id: string | null;
  fields: ServiceFields;
}

/** An export neutralised formulas with a leading apostrophe ("'+31 …"): read the text as it was. */
function unneutralise(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/**
 * The rows of a social-map file (CSV, TSV or XLSX with the columns of SOCIAL_MAP_COLUMNS), checked in
 * full: every error names the row, the column as the file names it and the reason, in Dutch; one
 * error and nothing is imported (the caller writes nothing).
 */
export function parseSocialMapTable(
  table: RawTable,
  ctx: SocialMapImportContext,
): { rows: SocialMapImportRow[]; warnings: ImportWarning[] } {
  const header = findHeader(table.sheets, ALIASES, REQUIRED);
  if (!header)
    throw new DomainError(
      'IMPORT_FILE_INVALID',
      `De kolommen ${REQUIRED.map((f) => `'${HEADER_OF[f]}'`).join(', ')} zijn niet gevonden. Gebruik de kolommen van de export (zie docs/social-map.md).`,
      [{ reason: 'kolommen niet gevonden' }],
    );
  const body = header.sheet.rows.slice(header.index + 1);
  if (body.length > IMPORT_LIMITS.maxRows)
    throw new DomainError('PAYLOAD_TOO_LARGE', `Het bestand heeft meer dan ${IMPORT_LIMITS.maxRows} rijen.`, [{ reason: 'te veel rijen' }]);
  const problems = new ImportProblems();
  for (const i of header.ignored) problems.warn(header.row, `kolom ${columnLetter(i.column)} ('${i.label}') wordt niet gebruikt`);
  const label = (f: SocialMapColumn) => header.labels[f] ?? HEADER_OF[f];
  const byCode = new Map(ctx.municipalities.flatMap((m) => (m.cbsCode ? [[m.cbsCode, m] as const] : [])));
  const byName = new Map<string, (typeof ctx.municipalities)[number]>();
  for (const m of ctx.municipalities) for (const n of [m.name, m.key]) byName.set(fold(n), m);
  const orgByName = new Map<string, { id: string; name: string }>();
  for (const o of ctx.organisations) for (const n of [o.name, o.key]) orgByName.set(fold(n), o);
  const seenIds = new Map<string, number>();
  const rows: SocialMapImportRow[] = [];

  for (const r of body) {
    if (r.cells.every((c) => cellText(c) === '')) continue;
    const text = (f: SocialMapColumn) => {
      const c = header.columns[f];
      return c === undefined ? '' : unneutralise(cellText(r.cells[c]));
    };
    const before = problems.errors.length;
    const idText = text('id');
    let id: string | null = null;
    if (idText !== '') {
      if (!UUID.test(idText)) problems.error(r.row, label('id'), `'${idText}' is geen Dienst-id (laat leeg voor een nieuwe voorziening)`);
      else {
        id = idText.toLowerCase();
        const first = seenIds.get(id);
        if (first !== undefined) problems.error(r.row, label('id'), `deze Dienst-id staat ook in rij ${first}`);
        else seenIds.set(id, r.row);
      }
    }
    const kindText = text('kind');
    const kind = parseServiceKind(kindText);
    if (!kind)
      problems.error(
        r.row,
        label('kind'),
        kindText === '' ? 'de soort ontbreekt' : `onbekende soort '${kindText}' (kies uit: ${SERVICE_KINDS.join(', ')})`,
      );
    const municipalityIds: string[] = [];
    let unknownMunicipality = false;
    for (const ref of splitMunicipalities(text('municipalities'))) {
      const p = parseMunicipalityRef(ref);
      const m = (p.code ? byCode.get(p.code) : undefined) ?? (p.code === null && p.name ? byName.get(fold(p.name)) : undefined);
      if (!m) {
        unknownMunicipality = true;
        problems.error(r.row, label('municipalities'), `onbekende gemeente '${ref}'`);
      } else if (!municipalityIds.includes(m.id)) municipalityIds.push(m.id);
    }
    const referral = parseWithoutReferral(text('withoutReferral'));
    if (referral === undefined) problems.error(r.row, label('withoutReferral'), `'${text('withoutReferral')}' is geen ja, nee of onbekend`);
    const yesNo = (f: 'published' | 'isDemo'): boolean => {
      const v = parseWithoutReferral(text(f));
      if (v === undefined) problems.error(r.row, label(f), `'${text(f)}' is geen ja of nee`);
      return v === true;
    };
    const published = yesNo('published');
    const isDemo = yesNo('isDemo');
    const providerText = cleanText(text('provider'));
    const providerOrg = providerText ? orgByName.get(fold(providerText)) : undefined;
    const fields: ServiceFields = {
      name: text('name'),
      kind: kind ?? 'overig',
      description: cleanText(text('description')),
      targetGroup: cleanText(text('targetGroup')),
      providerOrganisationId: providerOrg?.id ?? null,
      providerName: providerOrg ? null : providerText,
      address: cleanText(text('address')),
      phone: cleanText(text('phone')),
      email: cleanText(text('email')),
      website: normaliseWebsite(cleanText(text('website'))),
      openingHours: cleanText(text('openingHours')),
      withoutReferral: referral ?? null,
      waitingTimeNote: cleanText(text('waitingTimeNote')),
      municipalityIds,
      published,
      isDemo,
    };
    for (const p of checkServiceFields(fields)) {
      if (p.field === 'kind') continue;
      if (p.field === 'municipalityIds' && unknownMunicipality) continue;
      const field = columnOfField(p.field);
      problems.error(r.row, field ? label(field) : (p.field ?? ''), p.reason);
    }
    if (problems.errors.length === before) rows.push({ row: r.row, id, fields });
  }
  if (rows.length === 0 && problems.errors.length === 0)
    problems.error(header.row + 1, label('name'), 'het bestand bevat geen voorzieningen');
  const warnings = problems.settle();
  return { rows, warnings };
}

function columnOfField(field: string | undefined): SocialMapColumn | null {
  switch (field) {
    case 'municipalityIds':
      return 'municipalities';
    case 'providerName':
    case 'providerOrganisationId':
      return 'provider';
    case undefined:
      return null;
    default:
      return field in SERVICE_FIELD_LABELS ? (field as SocialMapColumn) : null;
  }
}
