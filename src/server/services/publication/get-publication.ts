import type { Db } from '../../../db/database';
import { getPublication as queryPublication } from '../../../db/queries/publication';
import { programmeById } from '../../../db/queries/programme';
import { DEFAULT_PUBLICATION_FIELDS, normalisePublicationFields } from '../../../domain/publication/fields';
import type { PublicationView } from '../../../domain/publication/responses';
import { notFound } from '../../../domain/shared/errors';
import type { Actor } from '../../auth/actor';

/** A programme's publication settings; without any: not published, with the suggested field choices (version 0). */
export async function getPublication(db: Db, _actor: Actor, opts: { programmeId: string }): Promise<PublicationView> {
  if (!(await programmeById(db, opts.programmeId))) throw notFound('Programma', opts.programmeId);
  const row = await queryPublication(db, opts.programmeId);
  if (!row)
    return {
      programmeId: opts.programmeId,
      published: false,
      fields: { ...DEFAULT_PUBLICATION_FIELDS },
      publishedAt: null,
      updatedBy: null,
      version: 0,
    };
  return {
    programmeId: row.programmeId,
    published: row.published,
    fields: normalisePublicationFields(row.fields),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedBy: row.updatedBy,
    version: row.version,
  };
}
