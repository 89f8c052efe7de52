import type { Db } from '../../../db/database';
import { effortGoalsOf, effortsOfProgramme, municipalitiesOf, trekkersOf } from '../../../db/queries/node';
import { organisationById } from '../../../db/queries/organisation';
import { groupsOf, membersOf } from '../../../db/queries/organisation-member';
import { listProgrammes, programmeByIdOrSlug } from '../../../db/queries/programme';
import { decide } from '../../../domain/access/rules';
import { commitmentsOf } from '../../../domain/programme/commitments';
import { dutchDate, milestoneState, updateDuties } from '../../../domain/progress';
import type { OrganisationCommitmentsView } from '../../../domain/progress/responses';
import type { Clock } from '../../../domain/shared/clock';
import { notFound } from '../../../domain/shared/errors';
import type { Actor } from '../../auth/actor';
import { dutyNodes, evaluateAt, loadProgressContext, milestoneInput } from '../progress/load-progress';

export type { OrganisationCommitmentsView };

/**
 * Every node where the organisation commits, also through a group it belongs to, in every
 * programme the actor may read: status, milestones and the updates it owes. Tree order per programme.
 */
export async function getOrganisationCommitments(
  db: Db,
  actor: Actor,
  organisationId: string,
  clock: Clock,
  programme?: string,
): Promise<OrganisationCommitmentsView> {
  const org = await organisationById(db, organisationId);
  if (!org) throw notFound('Organisatie', organisationId);
  const today = dutchDate(clock.now());
  const [groups, members] = await Promise.all([groupsOf(db, org.id), membersOf(db, org.id)]);
  const only = programme === undefined ? null : ((await programmeByIdOrSlug(db, programme))?.id ?? null);
  if (programme !== undefined && only === null) throw notFound('Programma', programme);
  const programmes = (await listProgrammes(db)).filter(
    (p) => (only === null || p.id === only) && decide(actor, { programme: 'lezer' }, p.id) === 'allow',
  );

  const out: OrganisationCommitmentsView['programmes'] = [];
  for (const p of programmes) {
    const ctx = await loadProgressContext(db, p.id);
    const nodeIds = ctx.nodes.map((n) => n.id);
    const [trekkers, municipalities, efforts] = await Promise.all([
      trekkersOf(db, nodeIds),
      municipalitiesOf(db, nodeIds),
      effortsOfProgramme(db, p.id),
    ]);
    const goals = await effortGoalsOf(
      db,
      efforts.map((e) => e.id),
    );
    const reasons = commitmentsOf(
      org.id,
      groups,
      ctx.nodes.map((n) => ({
        id: n.id,
        ownerOrganisationId: n.ownerOrganisationId,
        trekkerOrganisationIds: trekkers.filter((t) => t.nodeId === n.id && t.organisationId).map((t) => t.organisationId ?? ''),
        municipalityIds: municipalities.filter((m) => m.nodeId === n.id).map((m) => m.organisationId),
      })),
      efforts.map((e) => ({
        id: e.id,
        partnerKey: e.partnerOrganisationId ? `org:${e.partnerOrganisationId}` : `group:${e.partnerGroup ?? ''}`,
        text: e.text,
        geen: e.isNone,
        goalIds: goals.filter((g) => g.effortId === e.id).map((g) => g.nodeId),
      })),
    );
    if (reasons.size === 0) continue;
    const { states, latest } = evaluateAt(ctx, null);
    const periods = ctx.periods.map((x) => ({ ...x, locked: x.lockedAt !== null }));
    const duties = updateDuties(dutyNodes(ctx, today), periods, today).filter((d) => d.state !== 'ingediend');
    out.push({
      programmeId: p.id,
      slug: p.slug,
      title: p.title,
      nodes: ctx.nodes.flatMap((n) => {
        const why = reasons.get(n.id);
        if (!why) return [];
        const reports = why.some((r) => r.kind === 'eigenaar' || r.kind === 'trekker');
        const s = states.get(n.id);
        return [
          {
            nodeId: n.id,
            code: n.code,
            title: n.title,
            path: ctx.paths.get(n.id) ?? [],
            level: n.level,
            levelLabel: p.levelLabels[Math.min(n.level, p.levelLabels.length - 1)] ?? '',
            status: s?.status ?? null,
            percent: s?.percent ?? null,
            statusIsDemo: latest.get(n.id)?.isDemo ?? false,
            reasons: why.map((r) => ({ kind: r.kind, via: r.via, text: r.text ?? null })),
            milestones: ctx.milestones
              .filter((m) => m.nodeId === n.id)
              .map((m) => {
                const input = milestoneInput(m);
                return {
                  id: m.id,
                  title: m.title,
                  dueLabel: input.due?.label ?? '',
                  state: milestoneState(input, today),
                  isDemo: m.isDemo,
                };
              }),
            duties: reports
              ? duties
                  .filter((d) => d.nodeId === n.id)
                  .map((d) => ({
                    periodId: d.periodId,
                    periodLabel: d.periodLabel,
                    dueDate: d.dueDate,
                    state: d.state,
                    daysOverdue: d.daysOverdue,
                  }))
              : [],
          },
        ];
      }),
    });
  }
  return {
    organisation: { id: org.id, name: org.name, kind: org.kind },
    groups,
    members: members.map((m) => ({ id: m.id, name: m.name })),
    today,
    programmes: out,
  };
}
