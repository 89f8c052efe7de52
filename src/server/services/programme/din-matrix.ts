import type { Db } from '../../../db/database';
import { effortsOfProgramme, nodesOfProgramme } from '../../../db/queries/node';
import { buildDinMatrix, type DinMatrix, type DinPartner } from '../../../domain/programme/din';
import { organisationById } from '../../../db/queries/organisation';
import { groupsOf } from '../../../db/queries/organisation-member';
import { partnerKeysOf } from '../../../domain/programme/commitments';
import { depthFirst } from '../../../domain/programme/tree';
import { ancestorPath } from '../../../domain/programme/tree-order';
import { notFound } from '../../../domain/shared/errors';
import type { Actor } from '../../auth/actor';
import { getProgramme, type ProgrammeDetail } from './get-programme';
import { effortViews } from './node-view';
import { resolveProgramme } from './resolve';

export interface DinMatrixResult extends DinMatrix {
  programme: ProgrammeDetail;
  /** Every partner with an effort in the programme: the choices for the partner filter. */
  allPartners: DinPartner[];
  /** With the organisation filter: the organisation and the groups whose efforts count as its own. */
  organisation: { id: string; name: string; groups: string[] } | null;
}

/**
 * Goals × partners for a programme; `partnerKey` ('org:<id>' | 'group:<name>') shows one partner;
 * `organisationId` shows that organisation and every group it belongs to ("where does it commit").
 */
export async function getDinMatrix(
  db: Db,
  actor: Actor,
  opts: { programme: string; partnerKey?: string; organisationId?: string },
): Promise<DinMatrixResult> {
  const p = await resolveProgramme(db, opts.programme);
  const programme = await getProgramme(db, actor, { programme: p.id });
  const nodes = depthFirst(await nodesOfProgramme(db, p.id));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const efforts = await effortViews(db, await effortsOfProgramme(db, p.id));
  const partners: DinPartner[] = programme.partners.map((o) => ({ key: `org:${o.id}`, label: o.name, type: 'organisation' }));
  const otherPartners: DinPartner[] = efforts.map((e) =>
    e.partner.type === 'organisation'
      ? { key: e.partnerKey, label: e.partner.organisation.name, type: 'organisation' }
      : { key: e.partnerKey, label: e.partner.group, type: 'group' },
  );
  const input = {
    goals: nodes.map((n) => ({ id: n.id, code: n.code, title: n.title, level: n.level, path: ancestorPath(byId, n.id) })),
    partners,
    otherPartners,
    efforts: efforts.map((e) => ({ id: e.id, partnerKey: e.partnerKey, text: e.text, geen: e.geen, goalIds: e.goalIds })),
  };
  const full = buildDinMatrix(input);
  let organisation: DinMatrixResult['organisation'] = null;
  let keys: string | string[] | undefined = opts.partnerKey;
  if (opts.organisationId) {
    const org = await organisationById(db, opts.organisationId);
    if (!org) throw notFound('Organisatie', opts.organisationId);
    const groups = await groupsOf(db, org.id);
    organisation = { id: org.id, name: org.name, groups: groups.map((g) => g.name) };
    keys = partnerKeysOf(
      full.partners.map((x) => x.key),
      org.id,
      groups,
    );
  }
  const matrix = keys !== undefined ? buildDinMatrix(input, keys) : full;
  return { ...matrix, programme, allPartners: full.partners, organisation };
}
