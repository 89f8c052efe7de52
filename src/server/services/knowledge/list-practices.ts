import type { Db } from '../../../db/database';
import { listPracticeRows, practiceById } from '../../../db/queries/knowledge';
import { matchesPractice, type PracticeFilter } from '../../../domain/knowledge/practice';
import type { PracticeView } from '../../../domain/knowledge/responses';
import { notFound } from '../../../domain/shared/errors';
import type { Actor } from '../../auth/actor';
import { isUuid } from '../programme/resolve';
import { practiceViews } from './practice-views';

/**
 * The good-practice library: a visitor sees published practices only, an account all of them
 * (drafts are shared work of the platform). Filters: domain/knowledge/practice.ts.
 */
export async function listPractices(db: Db, actor: Actor, filter: PracticeFilter): Promise<PracticeView[]> {
  const rows = await listPracticeRows(db, { publishedOnly: actor.kind === 'anonymous' });
  const views = await practiceViews(db, actor, rows);
  return views.filter((v) =>
    matchesPractice({ ...v, originOrganisationId: v.origin.organisation?.id ?? null, originText: v.origin.text }, filter),
  );
}

/** One practice; an unpublished one answers a visitor exactly as a missing one. */
export async function getPractice(db: Db, actor: Actor, id: string): Promise<PracticeView> {
  const row = isUuid(id) ? await practiceById(db, id) : undefined;
  if (!row || (actor.kind === 'anonymous' && !row.published)) throw notFound('Goede praktijk', id);
  const [view] = await practiceViews(db, actor, [row]);
  if (!view) throw notFound('Goede praktijk', id);
  return view;
}
