import type { SearchKind } from '../../../../domain/search/vocabulary';
import { budgetSource } from './budget';
import { milestoneSource } from './milestone';
import { nodeSource } from './node';
import { initiativeSource, listSource, practiceSource } from './knowledge';
import { programmeSource } from './programme';
import { serviceSource } from './service';
import type { SearchSource } from './source';
import { updateSource } from './update';

/** Every kind of search result: add a kind here (and in SEARCH_KINDS), see docs/search.md. */
export const SEARCH_SOURCES: Record<SearchKind, SearchSource> = {
  programme: programmeSource,
  node: nodeSource,
  update: updateSource,
  milestone: milestoneSource,
  budget: budgetSource,
  service: serviceSource,
  practice: practiceSource,
  initiative: initiativeSource,
  list: listSource,
};
