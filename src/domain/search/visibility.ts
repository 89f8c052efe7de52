import { membershipIn, type AccessSubject } from '../access/rules';
import { PUBLICATION_FIELDS, type PublicationFields } from '../publication/fields';

/**
 * Which indexed fields a searcher may read in one programme. Every row of the search index carries
 * a visibility class (set by the database triggers, docs/search.md):
 * - 'title': the programme's title and short name
 * - 'tree': codes and titles of the programme's nodes
 * - a publication field (domain/publication/fields.ts): e.g. 'nodeDescriptions', 'results', 'milestones'
 * - 'members': everything else (goals, intended results, gap analyses, sections, budget notes, …)
 *
 * The classes follow the public read model (services/publication/public-read.ts) computed as a visitor:
 * a published programme shows its title and tree, and each field its beheerder ticked. Members of the
 * programme (any role) and platform beheerders read all of it. A signed-in person who is not a member
 * sees the title of every programme (as in the programme list) and the public part of published ones.
 */
export type SearchVisibility = 'title' | 'tree' | 'members' | (typeof PUBLICATION_FIELDS)[number];

/**
 * Classes of rows that belong to no programme (a kind such as a municipality's services): 'public'
 * (published: everyone) and 'signed-in' (any account). Nothing in main uses them yet; docs/search.md.
 */
export type GlobalVisibility = 'public' | 'signed-in';

export function visibleGlobalClasses(signedIn: boolean): GlobalVisibility[] {
  return signedIn ? ['public', 'signed-in'] : ['public'];
}

/** How the searcher stands to one programme. */
export type ProgrammeRelation = 'member' | 'visitor' | 'signed-in';

/** How a searcher stands to one programme: the system and platform beheerders as members of all. */
export function relationTo(searcher: AccessSubject, programmeId: string): ProgrammeRelation {
  if (searcher.kind === 'system' || searcher.platformRoles.includes('beheerder')) return 'member';
  if (searcher.kind === 'anonymous') return 'visitor';
  return membershipIn(searcher, programmeId) ? 'member' : 'signed-in';
}

/**
 * Everything a search answer depends on about who asks, as a key (the search answers' cache,
 * services/search): two searchers with the same key stand in the same relation to every programme
 * (relationTo) and read the same global classes, so they may share an answer; any difference in
 * what they may read makes the keys differ. The role within a programme does not count (any member
 * reads all of it); which programmes one is a member of does.
 */
export function searchViewerKey(searcher: AccessSubject): string {
  // The same tests, in the same order, as relationTo and visibleGlobalClasses.
  const global = searcher.kind === 'anonymous' ? 'visitor' : 'signed-in';
  if (searcher.kind === 'system' || searcher.platformRoles.includes('beheerder')) return `${global}|all`;
  if (searcher.kind === 'anonymous') return `${global}|none`;
  return `${global}|member-of:${[...new Set(searcher.memberships.map((m) => m.programmeId))].sort().join(',')}`;
}

export interface ProgrammeForSearch {
  published: boolean;
  fields: PublicationFields;
  /** Whether a period has been locked: without one the public version shows no updates. */
  hasLockedPeriod: boolean;
}

export function visibleClasses(relation: ProgrammeRelation, p: ProgrammeForSearch): SearchVisibility[] {
  if (relation === 'member') return ['title', 'tree', 'members', ...PUBLICATION_FIELDS];
  const out: SearchVisibility[] = [];
  if (relation === 'signed-in' || p.published) out.push('title');
  if (!p.published) return out;
  out.push('tree');
  for (const f of PUBLICATION_FIELDS) {
    if (!p.fields[f]) continue;
    // The public version shows progress texts only as of a locked period.
    if ((f === 'results' || f === 'attentionPoints') && !p.hasLockedPeriod) continue;
    out.push(f);
  }
  return out;
}
