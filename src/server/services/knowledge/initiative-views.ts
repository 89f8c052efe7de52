import type { Db } from '../../../db/database';
import { initiativeLinksOf, initiativesByIds, type InitiativeRow } from '../../../db/queries/knowledge';
import type { InitiativeView } from '../../../domain/knowledge/responses';
import type { InitiativeKind } from '../../../domain/knowledge/vocabulary';
import type { Actor } from '../../auth/actor';
import { programmeVisibility } from './visibility';

/** Rows → views with the links the reader may see (others counted, not named). */
export async function initiativeViews(db: Db, actor: Actor, rows: InitiativeRow[]): Promise<InitiativeView[]> {
  const [links, visible] = await Promise.all([
    initiativeLinksOf(
      db,
      rows.map((r) => r.id),
    ),
    programmeVisibility(db, actor),
  ]);
  return rows.map((r) => {
    const own = links.filter((l) => l.initiativeId === r.id);
    const shown = own.filter((l) => visible(l.programmeId));
    return {
      id: r.id,
      name: r.name,
      kind: r.kind as InitiativeKind,
      goal: r.goal,
      owner: r.owner,
      contact: r.contact,
      url: r.url,
      links: shown.map((l) => ({
        id: l.id,
        programmeId: l.programmeId,
        programmeSlug: l.programmeSlug,
        programmeTitle: l.programmeTitle,
        nodeId: l.nodeId,
        node: l.nodeId ? { id: l.nodeId, code: l.nodeCode, title: l.nodeTitle ?? '' } : null,
      })),
      otherLinks: own.length - shown.length,
      isDemo: r.isDemo,
      version: r.version,
    };
  });
}

export async function initiativeViewById(db: Db, actor: Actor, id: string): Promise<InitiativeView> {
  const [view] = await initiativeViews(db, actor, await initiativesByIds(db, [id]));
  if (!view) throw new Error(`initiative ${id} missing`);
  return view;
}
