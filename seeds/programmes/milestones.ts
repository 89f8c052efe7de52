import type { DeadlineStruct } from './build';
import { activitiesPerAmbition } from './meedoen-en-wonen/activities';
import { dinProjects } from './mjp-pkp-groningen';

/**
 * The timeline steps of the seed programmes as milestones: programme slug, node key, what, and
 * when at the grain and in the words the document gave. The programme documents show them in a
 * "Tijdpad" section; this list is for seeding milestones once the progress work takes them.
 * "medio 2021", "begin 2021" and the like are kept at year grain: the coarsest grain that is
 * certainly true, so nothing is reported overdue before the document's own words allow it.
 */
export interface DemoMilestone {
  programme: string;
  node: string;
  title: string;
  due: DeadlineStruct;
}

export const demoMilestones: DemoMilestone[] = [
  ...dinProjects.flatMap(({ prefix, project }) =>
    (project.tijdspad ?? []).map(([due, title]) => ({ programme: 'mjp-pkp-groningen', node: `${prefix}-${project.code}`, title, due })),
  ),
  ...Object.entries(activitiesPerAmbition).flatMap(([ambition, activities]) =>
    activities.flatMap((a) =>
      (a.steps ?? []).map(([due, title]) => ({ programme: 'meedoen-en-wonen-nml', node: `${ambition}-${a.code}`, title, due })),
    ),
  ),
];
