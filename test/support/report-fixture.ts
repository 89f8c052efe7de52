import { node, nodeTrekker, person, programme } from '../../src/db/schema';
import type { Db } from '../../src/db/database';
import { eq } from 'drizzle-orm';
import { quarterPeriods } from '../../src/domain/progress';
import type { Clock } from '../../src/domain/shared/clock';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { createProgramme } from '../../src/server/services/programme/create-programme';
import { createPeriods } from '../../src/server/services/progress/create-periods';
import { listReportingPeriods } from '../../src/server/services/progress/list-periods';
import { lockPeriod } from '../../src/server/services/progress/lock-period';
import { postUpdate } from '../../src/server/services/progress/post-update';
import { saveMilestone } from '../../src/server/services/progress/save-milestone';

/**
 * A small programme for report and publication tests: two themes whose projects repeat codes,
 * Dutch characters in titles and texts, quarters of 2022 with Q1 and Q2 locked, updates with
 * results and points of attention, milestones. The texts are unique words a test can look for.
 */
export interface ReportFixture {
  programmeId: string;
  slug: string;
  ids: Record<string, string>;
}

export const FIXTURE_TEXT = {
  description: 'Programmabeschrijving-ZICHTBAAR',
  nodeDescription: 'Onderdeelbeschrijving-ZICHTBAAR',
  resultsQ2: 'Resultaat-Q2 behaald: 25 huisartsenpraktijken doen mee',
  attentionQ2: 'Aandachtspunt-Q2: wachtlijst bij de cliëntondersteuning',
  milestone: 'Mijlpaal-Coördinatie',
  trekker: 'Persoon-Geheim',
};

export async function buildReportFixture(db: Db, clock: Clock, slug = 'rapport-test'): Promise<ReportFixture> {
  const programmeId = await createProgramme(
    db,
    SYSTEM_ACTOR,
    { slug, title: `Cliëntgerichte zorg ${slug}`, levelLabels: ['Thema', 'Project', 'Activiteit'] },
    clock,
  );
  await db.update(programme).set({ description: FIXTURE_TEXT.description }).where(eq(programme.id, programmeId));
  const rows: [string, string | null, number, string | null, string][] = [
    ['T1', null, 0, 'P', 'Primaire preventie'],
    ['P1', 'T1', 1, '1', 'Valpreventie bij ouderen'],
    ['P2', 'T1', 1, '2', 'Rookvrije generatie'],
    ['T2', null, 0, 'S', 'Secundaire preventie'],
    ['S1', 'T2', 1, '1', 'Coördinatie cliëntondersteuning'],
    ['A1', 'S1', 2, 'I', 'Ervaringsdeskundigheid inzetten'],
    ['S2', 'T2', 1, null, 'Project zonder code'],
  ];
  const ids: Record<string, string> = {};
  let position = 0;
  for (const [key, parent, level, code, title] of rows) {
    const [r] = await db
      .insert(node)
      .values({
        programmeId,
        parentId: parent ? ids[parent] : null,
        position: position++,
        key,
        code,
        title,
        level,
        description: `${FIXTURE_TEXT.nodeDescription} ${key}`,
      })
      .returning();
    if (!r) throw new Error('node');
    ids[key] = r.id;
  }
  // A person as trekker, and as the author of the updates: persons are never public.
  const [who] = await db
    .insert(person)
    .values({ key: `trekker-${slug}`, name: FIXTURE_TEXT.trekker, email: 'persoon-geheim@example.test' })
    .returning();
  if (who) await db.insert(nodeTrekker).values({ nodeId: ids.P1 ?? '', personId: who.id, position: 0 });
  const author = { ...SYSTEM_ACTOR, label: FIXTURE_TEXT.trekker };
  await createPeriods(db, SYSTEM_ACTOR, { programmeId, periods: quarterPeriods(2022, 10) }, clock);
  const up = (
    key: string,
    reportDate: string,
    status: 'groen' | 'oranje' | 'rood' | 'afgerond',
    percent: number,
    results: string | null,
    attentionPoints: string | null,
  ) => postUpdate(db, author, { programmeId, nodeId: ids[key] ?? '', reportDate, status, percent, results, attentionPoints }, clock);
  await up('P1', '2022-03-01', 'groen', 20, 'Resultaat-Q1 startbijeenkomst', null);
  await up('P2', '2022-03-02', 'oranje', 10, null, 'Aandachtspunt-Q1 capaciteit');
  await up('A1', '2022-03-03', 'rood', 5, null, null);
  await up('P1', '2022-05-01', 'groen', 60, FIXTURE_TEXT.resultsQ2, null);
  await up('A1', '2022-05-02', 'oranje', 30, null, FIXTURE_TEXT.attentionQ2);
  await up('S2', '2022-05-03', 'afgerond', 100, '- eerste punt\n- tweede punt', null);
  await saveMilestone(db, SYSTEM_ACTOR, { programmeId, nodeId: ids.A1 ?? '', title: FIXTURE_TEXT.milestone, dueText: 'Q3 2022' }, clock);
  await saveMilestone(
    db,
    SYSTEM_ACTOR,
    { programmeId, nodeId: ids.P1 ?? '', title: 'Mijlpaal-Valpreventie', dueText: 'Q2 2022', doneDate: '2022-06-15' },
    clock,
  );
  const periods = await listReportingPeriods(db, SYSTEM_ACTOR, { programmeId }, clock);
  for (const label of ['Q1 2022', 'Q2 2022']) {
    const p = periods.find((x) => x.label === label);
    if (p) await lockPeriod(db, SYSTEM_ACTOR, { programmeId, periodId: p.id }, clock);
  }
  return { programmeId, slug, ids };
}
