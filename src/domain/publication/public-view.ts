import type { MilestoneState } from '../progress/milestones';
import type { ProgressStatus } from '../progress/status';
import type { PublicationFields } from './fields';

/**
 * What a visitor without an account gets: the public read models. A field that is not published
 * is absent (not null), so a test can tell at once that it never left the server.
 */
export interface PublicProgrammeSummary {
  slug: string;
  title: string;
  shortName: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  description?: string | null;
}

export interface PublicNodeView {
  id: string;
  parentId: string | null;
  level: number;
  depth: number;
  code: string | null;
  title: string;
  path: string;
  description?: string | null;
  status?: ProgressStatus | null;
  percent?: number | null;
  /** The latest update up to the shown period's end: its date with the published texts. */
  latest?: { date: string; results?: string | null; attentionPoints?: string | null } | null;
  milestones?: { title: string; dueLabel: string; state: MilestoneState }[];
}

export interface PublicProgrammeView extends PublicProgrammeSummary {
  levelLabels: string[];
  fields: PublicationFields;
  /** The locked period whose state is shown; null: no period has been locked yet (no statuses). */
  period: { label: string; startDate: string; endDate: string } | null;
  /** Depth first, as in the programme document. */
  nodes: PublicNodeView[];
}

export interface PublicationView {
  programmeId: string;
  published: boolean;
  fields: PublicationFields;
  publishedAt: string | null;
  updatedBy: string | null;
  version: number;
}
