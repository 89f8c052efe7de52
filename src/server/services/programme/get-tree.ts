import type { Db } from '../../../db/database';
import type { ProgrammeRow } from '../../../db/queries/programme';
import { effortGoalsOf, effortsOfProgramme, gapAnalysesOf, nodesOfProgramme } from '../../../db/queries/node';
import { depthFirst, nest, type Nested } from '../../../domain/programme/tree';
import type { Clock } from '../../../domain/shared/clock';
import type { Actor } from '../../auth/actor';
import { getProgramme, type ProgrammeDetail } from './get-programme';
import type { TreeNode } from '../../../domain/programme/responses';
import { groupBy, nodeViews } from './node-view';

export type { TreeNode };

import { resolveProgramme } from './resolve';

export type TreeResult =
  | { programme: ProgrammeDetail; shape: 'flat'; nodes: TreeNode[] }
  | { programme: ProgrammeDetail; shape: 'nested'; nodes: Nested<TreeNode>[] };

export async function getTree(
  db: Db,
  actor: Actor,
  opts: {
    programme: string;
    shape: 'flat' | 'nested';
    /** The row when the caller has it (the access check resolved it). */ row?: ProgrammeRow;
  },
  clock: Clock,
): Promise<TreeResult> {
  const p = opts.row ?? (await resolveProgramme(db, opts.programme));
  const rows = await nodesOfProgramme(db, p.id);
  const views = await nodeViews(db, p, rows, clock);
  const efforts = await effortsOfProgramme(db, p.id);
  const goals = await effortGoalsOf(
    db,
    efforts.map((e) => e.id),
  );
  const gaps = new Set(
    (
      await gapAnalysesOf(
        db,
        rows.map((r) => r.id),
      )
    ).map((g) => g.nodeId),
  );
  const partnerOf = new Map(
    efforts.map((e) => [e.id, e.partnerOrganisationId ? `org:${e.partnerOrganisationId}` : `group:${e.partnerGroup ?? ''}`]),
  );
  const goalsByNode = groupBy(goals, (g) => g.nodeId);
  const nodes: TreeNode[] = views.map((v) => {
    const mine = goalsByNode.get(v.id) ?? [];
    return {
      ...v,
      partnerKeys: [...new Set(mine.flatMap((g) => partnerOf.get(g.effortId) ?? []))],
      effortCount: mine.length,
      hasGapAnalysis: gaps.has(v.id),
    };
  });
  const programme = await getProgramme(db, actor, { programme: p.id, row: p });
  return opts.shape === 'flat'
    ? { programme, shape: 'flat', nodes: depthFirst(nodes) }
    : { programme, shape: 'nested', nodes: nest(nodes) };
}
