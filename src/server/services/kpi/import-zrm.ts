import { inTransaction, type Db } from '../../../db/database';
import { listZrmAssessments } from '../../../db/queries/kpi';
import { listOrganisations } from '../../../db/queries/organisation';
import { parseZrmTable, type ZrmImportAssessment } from '../../../import/kpi/parse-zrm-table';
import type { ImportWarning } from '../../../import/table/raw-table';
import { readTable } from '../../../import/table/read-table';
import { mayActOnOwnedEntity } from '../../../domain/access/rules';
import { pairAssessments, type ZrmScores } from '../../../domain/kpi/zrm';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { insertZrmAssessments, zrmPseudonym } from './zrm';
import type { ZrmImportPreview } from '../../../domain/kpi/responses';

export interface ZrmImportOptions {
  programmeId: string;
  file: Uint8Array;
  fileName?: string;
  pseudonymSecret: string | undefined;
}

/** Read and check the file; refuse it whole when a row is bad or names a provider the person may not act for. */
async function readChecked(
  db: Db,
  actor: Actor,
  opts: ZrmImportOptions,
): Promise<{ list: ZrmImportAssessment[]; warnings: ImportWarning[] }> {
  const table = await readTable(opts.file);
  const providers = (await listOrganisations(db, { kind: 'aanbieder' })).map((o) => ({ id: o.id, names: [o.name, o.key] }));
  const { assessments, warnings } = parseZrmTable(table, { providers, pseudonymSecret: opts.pseudonymSecret });
  const refused = assessments.filter((a) => !mayActOnOwnedEntity(actor, opts.programmeId, a.providerId, 'rapporteur'));
  if (refused.length > 0) {
    const names = [...new Set(refused.map((a) => a.providerName))];
    throw new DomainError(
      'FORBIDDEN',
      `U mag alleen ZRM-metingen van uw eigen organisatie importeren; het bestand bevat metingen van ${names.join(', ')}. Er is niets geïmporteerd.`,
      refused.slice(0, 50).map((a) => ({ row: a.row, field: 'aanbieder', reason: `metingen van ${a.providerName} mag u niet invoeren` })),
    );
  }
  return { list: assessments, warnings };
}

const stored = (providerId: string, pseudonym: string, kind: string, date: string) => [providerId, pseudonym, kind, date].join('\u0000');

/** What the import would do, row by row, without writing. */
export async function previewZrmImport(db: Db, actor: Actor, opts: ZrmImportOptions): Promise<ZrmImportPreview> {
  const { list, warnings } = await readChecked(db, actor, opts);
  const existing = await listZrmAssessments(db, opts.programmeId);
  const keys = new Set(existing.map((e) => stored(e.providerOrganisationId, e.clientPseudonym, e.kind, e.assessedOn)));
  const all = [
    ...existing.map((e) => ({
      client: e.clientPseudonym,
      provider: e.providerOrganisationId,
      kind: e.kind as 'start' | 'vervolg',
      date: e.assessedOn,
      scores: e.scores as ZrmScores,
    })),
    ...list.map((a) => ({
      client: zrmPseudonym(a.providerId, a.clientRef),
      provider: a.providerId,
      kind: a.kind,
      date: a.date,
      scores: a.scores,
    })),
  ];
  return {
    warnings,
    rows: list.map((a) => ({
      row: a.row,
      client: a.fromBsn ? `${a.clientRef} (BSN, vervangen door pseudoniem)` : a.clientRef,
      providerName: a.providerName,
      kind: a.kind,
      date: a.date,
      scored: a.scores.filter((s) => s !== null).length,
      action: keys.has(stored(a.providerId, zrmPseudonym(a.providerId, a.clientRef), a.kind, a.date)) ? 'bestaat' : 'nieuw',
    })),
    pairsAfter: pairAssessments(all).length,
  };
}

/** Store the file's assessments, all or nothing; an assessment already stored (same client, provider, kind, date) is kept. */
export async function importZrmFile(
  db: Db,
  actor: Actor,
  opts: ZrmImportOptions,
  clock: Clock,
): Promise<{ rows: number; created: number; existing: number }> {
  const { list } = await readChecked(db, actor, opts);
  const byProvider = new Map<string, ZrmImportAssessment[]>();
  for (const a of list) byProvider.set(a.providerId, [...(byProvider.get(a.providerId) ?? []), a]);
  return inTransaction(db, async (tx) => {
    let created = 0;
    for (const [providerId, items] of byProvider)
      created += await insertZrmAssessments(
        tx,
        actor,
        {
          programmeId: opts.programmeId,
          providerOrganisationId: providerId,
          assessments: items.map((a) => ({ clientRef: a.clientRef, kind: a.kind, date: a.date, scores: a.scores })),
        },
        clock,
      );
    await recordAudit(
      tx,
      actor,
      {
        action: 'import',
        entityType: 'kpi_zrm_import',
        entityId: opts.fileName ?? 'bestand',
        programmeId: opts.programmeId,
        after: { rows: list.length, created },
      },
      clock,
    );
    return { rows: list.length, created, existing: list.length - created };
  });
}
