import { inTransaction, type Db } from '../../../db/database';
import { listOrganisations } from '../../../db/queries/organisation';
import { listMunicipalities, municipalitiesOfServices, serviceRowById, serviceRowsByIds } from '../../../db/queries/social-map';
import { parseSocialMapTable, type SocialMapImportRow } from '../../../import/social-map/parse-social-map-table';
import { readTable } from '../../../import/table/read-table';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, type ErrorDetail } from '../../../domain/shared/errors';
import { mayWriteSomeService } from '../../../domain/social-map/rights';
import { sameServiceFields, SERVICE_FIELD_LABELS } from '../../../domain/social-map/service';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { checkService, insertService, refuseOutOfScope, replaceService } from './save-service';
import { fieldsOf } from './service-views';
import type { ImportAction, SocialMapImportPreview } from '../../../domain/social-map/responses';

export interface SocialMapImportOptions {
  file: Uint8Array;
  fileName?: string;
}

/** Someone who may write no service at all is refused before the file is read. */
function refuseWithoutAnyRight(actor: Actor): void {
  if (!mayWriteSomeService(actor))
    throw new DomainError(
      'FORBIDDEN',
      'U mag geen voorzieningen importeren: dat mag een aanbieder of gemeente voor de eigen voorzieningen (als redacteur), of een platformbeheerder.',
      [{ reason: 'geen schrijfrecht op de sociale kaart' }],
    );
}

async function readRows(db: Db, file: Uint8Array) {
  const table = await readTable(file);
  const municipalities = await listMunicipalities(db);
  const organisations = (await listOrganisations(db)).map((o) => ({ id: o.id, name: o.name, key: o.key }));
  return { ...parseSocialMapTable(table, { municipalities, organisations }), municipalities };
}

/**
 * Plan the file against the database: per row new / update / unchanged, after checking every
 * reference and the person's rights on the service before and after. Throws IMPORT_ROW_INVALID with
 * every problem (row, column, reason) when any row is wrong.
 */
async function plan(db: Db, actor: Actor, rows: SocialMapImportRow[]) {
  const ids = rows.flatMap((r) => (r.id ? [r.id] : []));
  const existing = new Map((await serviceRowsByIds(db, ids)).map((s) => [s.id, s]));
  const links = await municipalitiesOfServices(db, [...existing.keys()]);
  const details: ErrorDetail[] = [];
  const planned: (SocialMapImportRow & { action: ImportAction })[] = [];
  for (const r of rows) {
    const problems = await checkService(db, r.fields);
    for (const p of problems)
      details.push({
        row: r.row,
        field: SERVICE_FIELD_LABELS[p.field as keyof typeof SERVICE_FIELD_LABELS] ?? p.field ?? '',
        reason: p.reason,
      });
    const old = r.id ? existing.get(r.id) : undefined;
    const before = old
      ? fieldsOf(
          old,
          links.filter((l) => l.serviceId === old.id).map((l) => l.id),
        )
      : null;
    try {
      if (before) refuseOutOfScope(actor, before, `voorziening '${before.name}'`);
      refuseOutOfScope(actor, r.fields, `voorziening '${r.fields.name}'`);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      details.push({
        row: r.row,
        field: 'Aanbieder',
        reason: 'u mag deze voorziening niet wijzigen (niet van uw organisatie of gemeente)',
      });
    }
    const action: ImportAction = !before ? 'nieuw' : sameServiceFields(before, r.fields) ? 'ongewijzigd' : 'bijwerken';
    planned.push({ ...r, action });
  }
  if (details.length > 0) {
    const lines = details.slice(0, 5).map((d) => `Rij ${d.row}, kolom '${d.field}': ${d.reason}.`);
    throw new DomainError('IMPORT_ROW_INVALID', `${details.length} fout(en); er is niets geïmporteerd. ${lines.join(' ')}`, details);
  }
  return planned;
}

export async function previewSocialMapImport(db: Db, actor: Actor, opts: SocialMapImportOptions): Promise<SocialMapImportPreview> {
  refuseWithoutAnyRight(actor);
  const { rows, warnings, municipalities } = await readRows(db, opts.file);
  const planned = await plan(db, actor, rows);
  const nameOf = new Map(municipalities.map((m) => [m.id, m.name]));
  const counts: Record<ImportAction, number> = { nieuw: 0, bijwerken: 0, ongewijzigd: 0 };
  for (const p of planned) counts[p.action] += 1;
  return {
    warnings,
    counts,
    rows: planned.map((p) => ({
      row: p.row,
      id: p.id,
      name: p.fields.name,
      kind: p.fields.kind,
      municipalities: p.fields.municipalityIds.map((id) => nameOf.get(id) ?? id),
      action: p.action,
    })),
  };
}

/** Import the file: every row or none; a row with the Dienst-id of a service updates it, an unchanged row is left alone. */
export async function importSocialMap(
  db: Db,
  actor: Actor,
  opts: SocialMapImportOptions,
  clock: Clock,
): Promise<{ counts: Record<ImportAction, number> }> {
  refuseWithoutAnyRight(actor);
  const { rows } = await readRows(db, opts.file);
  return inTransaction(db, async (tx) => {
    const planned = await plan(tx, actor, rows);
    const counts: Record<ImportAction, number> = { nieuw: 0, bijwerken: 0, ongewijzigd: 0 };
    for (const p of planned) {
      counts[p.action] += 1;
      if (p.action === 'nieuw') await insertService(tx, actor, p.fields, clock, { ...(p.id ? { id: p.id } : {}), source: 'import' });
      else if (p.action === 'bijwerken' && p.id) {
        const row = await serviceRowById(tx, p.id, { forUpdate: true });
        if (!row) continue;
        const before = fieldsOf(
          row,
          (await municipalitiesOfServices(tx, [row.id])).map((m) => m.id),
        );
        await replaceService(tx, actor, row, before, p.fields, clock, { source: 'import' });
      }
    }
    await recordAudit(
      tx,
      actor,
      {
        action: 'import',
        entityType: 'social_map_import',
        entityId: opts.fileName ?? 'bestand',
        after: { rows: planned.length, ...counts },
      },
      clock,
    );
    return { counts };
  });
}
