import { GAP_ORIGIN } from '../src/domain/finance/gap-budget';
import type { Db } from '../src/db/database';
import { budgetLinesOfProgramme } from '../src/db/queries/finance';
import { nodeByProgrammeSlugAndKey } from '../src/db/queries/node';
import { organisationsByKeys } from '../src/db/queries/organisation';
import { programmeBySlug } from '../src/db/queries/programme';
import type { BudgetLineFields } from '../src/domain/finance/responses';
import type { Clock } from '../src/domain/shared/clock';
import { SYSTEM_ACTOR } from '../src/server/auth/actor';
import { createBudgetLine } from '../src/server/services/finance/budget-lines';
import { financeLines2023 } from './programmes/meedoen-en-wonen/finance';

/**
 * Budget lines from the seed documents' own finance facts (docs/finance.md), nothing invented:
 * - Meedoen en Wonen: the four extra costs of 2023 that go to the MGR's budget amendment, requested
 *   (not yet granted: the councils still give their views); the MGR pays.
 * - MJP PKP Groningen: € 5.000 in one-off contributions for "Bespreekbaar maken"; the ZonMw grants
 *   and co-financing of projects 4 and 5, whose amounts the document does not give (unknown, not 0).
 * Idempotent: a programme that already has budget lines is left alone.
 */
export async function loadFinanceDemo(db: Db, clock: Clock): Promise<number> {
  const [mgr] = await organisationsByKeys(db, ['mgr-nml']);
  const blank = {
    recurrence: 'eenmalig' as const,
    status: 'aangevraagd' as const,
    grantedCents: null,
    realisedCents: null,
    cofinancerIds: [] as string[],
    condition: null,
    conditionMet: null,
  };
  const plan: { slug: string; key: string; fields: Omit<BudgetLineFields, 'nodeId'> }[] = [
    ...financeLines2023.map((f) => ({
      slug: 'meedoen-en-wonen-nml',
      key: f.activity,
      fields: {
        ...blank,
        year: f.year,
        moneyStream: 'Begrotingswijziging MGR',
        payerOrganisationId: mgr?.id ?? null,
        requestedCents: f.cents,
        note: `${f.title}${f.parts ? ` — ${f.parts.map((p) => `${p.title}: € ${(p.cents / 100).toLocaleString('nl-NL')}`).join('; ')}` : ''}`,
      },
    })),
    {
      slug: 'mjp-pkp-groningen',
      key: 'pp-1',
      fields: {
        ...blank,
        year: null,
        moneyStream: 'Incidentele bijdragen partners',
        payerOrganisationId: null,
        requestedCents: 500_000,
        note: 'Begroting voor incidentele bijdragen; gemeentelijke budgetten voor collectieve preventie ggz kunnen bijdragen.',
      },
    },
    ...['pp-4', 'pp-5'].flatMap((key) => [
      {
        slug: 'mjp-pkp-groningen',
        key,
        fields: {
          ...blank,
          year: null,
          moneyStream: 'subsidie-zonmw-vws',
          payerOrganisationId: null,
          requestedCents: null,
          note: 'Subsidie van ZonMw; het bedrag staat niet in het programma.',
        },
      },
      {
        slug: 'mjp-pkp-groningen',
        key,
        fields: {
          ...blank,
          year: null,
          moneyStream: 'cofinanciering',
          payerOrganisationId: null,
          requestedCents: null,
          note: 'Cofinanciering bij de ZonMw-subsidie; het bedrag staat niet in het programma.',
        },
      },
    ]),
  ];
  let created = 0;
  const done = new Map<string, boolean>();
  for (const item of plan) {
    if (!done.has(item.slug)) {
      const p = await programmeBySlug(db, item.slug);
      // Lines of the gap analyses (origin 'hiaatanalyse') come with the programme; the demo adds the others once.
      done.set(item.slug, !p || (await budgetLinesOfProgramme(db, p.id)).some((l) => l.origin !== GAP_ORIGIN));
    }
    if (done.get(item.slug)) continue;
    const n = await nodeByProgrammeSlugAndKey(db, item.slug, item.key);
    if (!n) continue;
    await createBudgetLine(db, SYSTEM_ACTOR, { programme: item.slug, fields: { ...item.fields, nodeId: n.id } }, clock);
    created++;
  }
  return created;
}
