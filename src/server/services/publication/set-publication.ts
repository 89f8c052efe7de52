import { inTransaction, type Db } from '../../../db/database';
import { getPublication as queryPublication, insertPublication, updatePublication } from '../../../db/queries/publication';
import { programmeById } from '../../../db/queries/programme';
import { assertPublicationFields } from '../../../domain/publication/fields';
import type { PublicationView } from '../../../domain/publication/responses';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { getPublication } from './get-publication';

export interface SetPublicationOptions {
  programmeId: string;
  published: boolean;
  /** Every publishable field, true or false (src/domain/publication/fields.ts). */
  fields: Record<string, unknown>;
  /** The version the edit was based on: 0 when the programme had no settings yet. */
  version: number;
}

/** Publish or withdraw a programme, field by field; audited, with optimistic concurrency. */
export async function setPublication(db: Db, actor: Actor, opts: SetPublicationOptions, clock: Clock): Promise<PublicationView> {
  const fields = assertPublicationFields(opts.fields);
  await inTransaction(db, async (tx) => {
    const p = await programmeById(tx, opts.programmeId, { forUpdate: true });
    if (!p) throw notFound('Programma', opts.programmeId);
    const before = await queryPublication(tx, opts.programmeId, { forUpdate: true });
    const current = before?.version ?? 0;
    if (current !== opts.version) {
      throw new DomainError('VERSION_CONFLICT', 'De publicatie-instellingen zijn intussen door iemand anders gewijzigd.', {
        current: await getPublication(tx, actor, { programmeId: opts.programmeId }),
      });
    }
    const now = clock.now();
    const publishedAt = opts.published && !before?.published ? now : (before?.publishedAt ?? null);
    const after = before
      ? await updatePublication(tx, opts.programmeId, {
          published: opts.published,
          fields,
          publishedAt,
          updatedBy: actor.label,
          version: current + 1,
          updatedAt: now,
        })
      : await insertPublication(tx, {
          programmeId: opts.programmeId,
          published: opts.published,
          fields,
          publishedAt,
          updatedBy: actor.label,
          version: 1,
          updatedAt: now,
        });
    await recordAudit(
      tx,
      actor,
      {
        action: opts.published ? 'publish' : 'unpublish',
        entityType: 'programme_publication',
        entityId: opts.programmeId,
        programmeId: opts.programmeId,
        before,
        after,
      },
      clock,
    );
  });
  return getPublication(db, actor, { programmeId: opts.programmeId });
}
