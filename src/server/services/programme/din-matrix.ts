import type { Db } from '../../../db/database';
import { effortsOfProgramme, nodesOfProgramme } from '../../../db/queries/node';
import { buildDinMatrix, type DinMatrix, type DinPartner } from '../../../domain/programme/din';
import { depthFirst } from '../../../domain/programme/tree';
import type { Actor } from '../../auth/actor';
import { getProgramme, type ProgrammeDetail } from './get-programme';
import { effortViews } from './node-view';
import { resolveProgramme } from './resolve';

export interface DinMatrixResult extends DinMatrix {
  programme: ProgrammeDetail;
  /** Every partner with an effort in the programme: the choices for the partner filter. */
  allPartners: DinPartner[];
}

/** Goals × partners for a programme; `partnerKey` ('org:<id>' | 'group:<name>') shows one partner. */
export async function getDinMatrix(db: Db, actor: Actor, opts: { programme: string; partnerKey?: string }): Promise<DinMatrixResult> {
  const p = await resolveProgramme(db, opts.programme);
  const programme = await getProgramme(db, actor, { programme: p.id });
  const nodes = depthFirst(await nodesOfProgramme(db, p.id));
  const efforts = await effortViews(db, await effortsOfProgramme(db, p.id));
  const partners: DinPartner[] = programme.partners.map((o) => ({ key: `org:${o.id}`, label: o.name, type: 'organisation' }));
  const otherPartners: DinPartner[] = efforts.map((e) =>
    e.partner.type === 'organisation'
      ? { key: e.partnerKey, label: e.partner.organisation.name, type: 'organisation' }
      : { key: e.partnerKey, label: e.partner.group, type: 'group' },
  );
  const input = {
    goals: nodes.map((n) => ({ id: n.id, code: n.code, title: n.title, level: n.level })),
    partners,
    otherPartners,
    efforts: efforts.map((e) => ({ id: e.id, partnerKey: e.partnerKey, text: e.text, geen: e.geen, goalIds: e.goalIds })),
  };
  const full = buildDinMatrix(input);
  const matrix = opts.partnerKey ? buildDinMatrix(input, opts.partnerKey) : full;
  return { ...matrix, programme, allPartners: full.partners };
}
