import type { Db } from '../src/db/database';
import { getPublication } from '../src/db/queries/publication';
import { programmeBySlug } from '../src/db/queries/programme';
import { DEFAULT_PUBLICATION_FIELDS, type PublicationFields } from '../src/domain/publication/fields';
import type { Clock } from '../src/domain/shared/clock';
import { SYSTEM_ACTOR } from '../src/server/auth/actor';
import { setPublication } from '../src/server/services/publication/set-publication';

/**
 * The demo programmes are published, so `npm start` shows a public version. The field choices
 * differ per programme as real programme offices would choose: points of attention only where
 * the programme reports openly on its bottlenecks (Flevoland's Wmo landscape).
 */
export const DEMO_PUBLICATIONS: Record<string, PublicationFields> = {
  'meedoen-en-wonen-nml': { ...DEFAULT_PUBLICATION_FIELDS },
  'zorglandschap-wmo-flevoland': { ...DEFAULT_PUBLICATION_FIELDS, attentionPoints: true },
  'mjp-pkp-groningen': { ...DEFAULT_PUBLICATION_FIELDS, milestones: false },
};

/** Publish each demo programme once; a programme whose publication was set already is left alone. */
export async function loadPublicationDemo(db: Db, clock: Clock): Promise<number> {
  let published = 0;
  for (const [slug, fields] of Object.entries(DEMO_PUBLICATIONS)) {
    const p = await programmeBySlug(db, slug);
    if (!p || (await getPublication(db, p.id))) continue;
    await setPublication(db, SYSTEM_ACTOR, { programmeId: p.id, published: true, fields, version: 0 }, clock);
    published++;
  }
  return published;
}
