import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/database';
import { DEFAULT_PUBLICATION_FIELDS } from '../../src/domain/publication/fields';
import { buildApp } from '../../src/server/app';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { PROGRAMME_PARAM_RESOLVERS } from '../../src/server/policies/programme-scope';
import { createAccount } from '../../src/server/services/account/create-account';
import { createSession } from '../../src/server/services/account/create-session';
import { setMembership } from '../../src/server/services/account/set-membership';
import { createOrganisation } from '../../src/server/services/organisation/organisation-writes';
import { createPerson } from '../../src/server/services/organisation/person-writes';
import { createRegion } from '../../src/server/services/organisation/region-writes';
import { createService } from '../../src/server/services/social-map/save-service';
import { createNode } from '../../src/server/services/programme/create-node';
import { createProgramme } from '../../src/server/services/programme/create-programme';
import { createEffort } from '../../src/server/services/programme/effort-writes';
import { exportProgramme } from '../../src/server/services/programme/export-programme';
import { createLink } from '../../src/server/services/programme/link-writes';
import { createPeriods } from '../../src/server/services/progress/create-periods';
import { saveMilestone } from '../../src/server/services/progress/save-milestone';
import { TEST_PASSWORD } from '../support/auth';
import { multipart } from '../support/multipart';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

/**
 * Every registered /api route × every role against the table below, written by hand: who may
 * call the route, and the status an allowed caller gets for a valid request. Nothing is derived
 * from the route's own `config.access`: a route declared more open (or closer) than this table
 * says makes the test fail, and so does a route missing from the table or a table row without a
 * route. A refused caller gets 401 (anonymous) or 403.
 */
type Role = 'anoniem' | 'lezer' | 'rapporteur' | 'redacteur' | 'beheerder' | 'buitenstaander' | 'platformbeheerder' | 'monitor-analist';
const ROLES: Role[] = [
  'anoniem',
  'lezer',
  'rapporteur',
  'redacteur',
  'beheerder',
  'buitenstaander',
  'platformbeheerder',
  'monitor-analist',
];

type Who =
  | 'iedereen'
  | 'ingelogd'
  | 'lezer'
  | 'rapporteur'
  | 'redacteur'
  | 'beheerder'
  | 'platformbeheerder'
  | 'monitor-analist'
  | 'kennisredacteur';
const WHO: Record<Who, Role[]> = {
  iedereen: ROLES,
  ingelogd: ['lezer', 'rapporteur', 'redacteur', 'beheerder', 'buitenstaander', 'platformbeheerder', 'monitor-analist'],
  lezer: ['lezer', 'rapporteur', 'redacteur', 'beheerder', 'platformbeheerder'],
  rapporteur: ['rapporteur', 'redacteur', 'beheerder', 'platformbeheerder'],
  redacteur: ['redacteur', 'beheerder', 'platformbeheerder'],
  beheerder: ['beheerder', 'platformbeheerder'],
  platformbeheerder: ['platformbeheerder'],
  'monitor-analist': ['monitor-analist'],
  // Good practices: redacteur or beheerder in ANY programme (the buitenstaander is beheerder elsewhere), or platform beheerder.
  kennisredacteur: ['redacteur', 'beheerder', 'buitenstaander', 'platformbeheerder'],
};

/** What a call needs: a fresh entity per call where the call uses it up. */
interface Fixtures {
  db: Db;
  programmeId: string;
  organisationId: string;
  /** A node owned by the members' organisation (organisation scope lets them act on it). */
  node(): Promise<{ id: string; version: number }>;
  /** A node with a child (an override needs a derived value). */
  parentNode(): Promise<string>;
  account(): Promise<string>;
  unique(): string;
}
interface Call {
  url?: string;
  payload?: unknown;
  contentType?: string;
}
/** The files themselves, as multipart/form-data (the import pages send them so). */
function upload(files: Parameters<typeof multipart>[0]): Call {
  const m = multipart(files);
  return { payload: m.payload, contentType: m.headers['content-type'] };
}
interface Row {
  who: Who;
  /** The status an allowed caller gets for the request below (2xx; 3xx where the route redirects). */
  ok: number;
  call?: (f: Fixtures) => Promise<Call>;
}

const P = '/api/programmes/:programmeId';
const sheet = readFileSync(new URL('../fixtures/import/sheet-dotted-codes.tsv', import.meta.url));
const regionCsv = 'gemeente,gemeente_naam,regio,regio_naam\n0001,Een,R1,Regio 1\n';

const TABLE: Record<string, Row> = {
  // Programmes and the interchange document
  'GET /api/programmes': { who: 'iedereen', ok: 200 },
  // Creating a programme (empty, from a document or from a table) is for platform beheerders (CREATE_PROGRAMME_ACCESS).
  'POST /api/programmes': {
    who: 'platformbeheerder',
    ok: 201,
    call: async (f) => ({ payload: { slug: `p-${f.unique()}`, title: 'Nieuw', levelLabels: ['Thema'] } }),
  },
  [`GET ${P}`]: { who: 'lezer', ok: 200 },
  [`PATCH ${P}`]: {
    who: 'beheerder',
    ok: 200,
    call: async (f) => ({ payload: { version: await programmeVersion(f), description: `gewijzigd ${f.unique()}` } }),
  },
  [`DELETE ${P}`]: {
    who: 'beheerder',
    ok: 204,
    call: async (f) => {
      // Deleting the matrix programme would end the test: a fresh programme with the same members.
      const id = await createProgramme(f.db, SYSTEM_ACTOR, { slug: `weg-${f.unique()}`, title: 'Weg', levelLabels: ['Thema'] }, clock);
      await addMembers(f.db, id, f.organisationId);
      return { url: `/api/programmes/${id}?version=1` };
    },
  },
  [`GET ${P}/tree`]: { who: 'lezer', ok: 200 },
  [`GET ${P}/document`]: { who: 'lezer', ok: 200 },
  'POST /api/programmes/import': {
    who: 'platformbeheerder',
    ok: 201,
    call: async (f) => ({
      payload: {
        document: await exportProgramme(f.db, SYSTEM_ACTOR, { programme: f.programmeId }),
        slug: `kopie-${f.unique()}`,
        title: 'Kopie',
      },
    }),
  },
  'GET /api/schemas/programme-document.json': { who: 'iedereen', ok: 200 },
  'GET /api/openapi.json': { who: 'iedereen', ok: 200 },
  'GET /api/health': { who: 'iedereen', ok: 200 },

  // Sign-in
  'GET /api/auth/session': { who: 'iedereen', ok: 200 },
  'POST /api/auth/login': {
    who: 'iedereen',
    ok: 200,
    call: async () => ({ payload: { email: 'inlogger@matrix.test', password: TEST_PASSWORD } }),
  },
  'POST /api/auth/logout': { who: 'ingelogd', ok: 204 },
  'POST /api/auth/password': {
    who: 'ingelogd',
    ok: 204,
    call: async () => ({ payload: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } }),
  },
  // Without OIDC configured both answer with a redirect to the sign-in page.
  'GET /api/auth/oidc/start': { who: 'iedereen', ok: 302 },
  'GET /api/auth/oidc/callback': { who: 'iedereen', ok: 302 },

  // Accounts and members
  'GET /api/accounts': { who: 'platformbeheerder', ok: 200 },
  'POST /api/accounts': {
    who: 'platformbeheerder',
    ok: 201,
    call: async (f) => ({ payload: { email: `nieuw-${f.unique()}@matrix.test`, name: 'Nieuw' } }),
  },
  'PATCH /api/accounts/:accountId': {
    who: 'platformbeheerder',
    ok: 200,
    call: async (f) => ({ url: `/api/accounts/${await f.account()}`, payload: { name: 'Andere naam' } }),
  },
  'PUT /api/accounts/:accountId/password': {
    who: 'platformbeheerder',
    ok: 204,
    call: async (f) => ({ url: `/api/accounts/${await f.account()}/password`, payload: { password: TEST_PASSWORD } }),
  },
  [`GET ${P}/members`]: { who: 'beheerder', ok: 200 },
  [`GET ${P}/member-candidates`]: { who: 'beheerder', ok: 200, call: async () => ({ url: `${P}/member-candidates?email=nieuw` }) },
  [`PUT ${P}/members/:accountId`]: {
    who: 'beheerder',
    ok: 200,
    call: async (f) => ({ url: `${P}/members/${await f.account()}`, payload: { role: 'lezer' } }),
  },
  [`DELETE ${P}/members/:accountId`]: {
    who: 'beheerder',
    ok: 204,
    call: async (f) => {
      const accountId = await f.account();
      await setMembership(f.db, SYSTEM_ACTOR, { programmeId: f.programmeId, accountId, role: 'lezer', organisationId: null }, clock);
      return { url: `${P}/members/${accountId}` };
    },
  },

  // Audit
  [`GET ${P}/audit`]: { who: 'lezer', ok: 200 },
  [`GET ${P}/audit/export`]: { who: 'lezer', ok: 200, call: async () => ({ url: `${P}/audit/export?format=csv` }) },
  'GET /api/audit': { who: 'platformbeheerder', ok: 200 },
  'GET /api/audit/export': { who: 'platformbeheerder', ok: 200, call: async () => ({ url: '/api/audit/export?format=json' }) },
  'GET /api/audit/verify': { who: 'platformbeheerder', ok: 200 },

  // The tree
  [`POST ${P}/nodes`]: {
    who: 'redacteur',
    ok: 201,
    call: async (f) => ({ payload: { parentId: null, title: 'Nieuw element', ownerOrganisationId: f.organisationId } }),
  },
  [`GET ${P}/nodes/:nodeId`]: { who: 'lezer', ok: 200 },
  [`PATCH ${P}/nodes/:nodeId`]: {
    who: 'redacteur',
    ok: 200,
    call: async (f) => nodeCall(f, '', (n) => ({ version: n.version, description: 'gewijzigd' })),
  },
  [`DELETE ${P}/nodes/:nodeId`]: {
    who: 'redacteur',
    ok: 204,
    call: async (f) =>
      nodeCall(
        f,
        '',
        () => undefined,
        (n) => `?version=${n.version}`,
      ),
  },
  [`POST ${P}/nodes/:nodeId/move`]: {
    who: 'redacteur',
    ok: 200,
    call: async (f) => nodeCall(f, '/move', (n) => ({ version: n.version, parentId: null, position: 0 })),
  },
  [`POST ${P}/renumber`]: { who: 'redacteur', ok: 200, call: async () => ({ payload: {} }) },
  [`PUT ${P}/nodes/:nodeId/gap-analysis`]: {
    who: 'redacteur',
    ok: 200,
    call: async (f) => nodeCall(f, '/gap-analysis', (n) => ({ version: n.version, hiaat: 'Er mist iets' })),
  },
  [`GET ${P}/nodes/:nodeId/history`]: { who: 'lezer', ok: 200 },
  [`POST ${P}/nodes/:nodeId/links`]: {
    who: 'redacteur',
    ok: 201,
    call: async (f) => nodeCall(f, '/links', async () => ({ toNodeId: (await f.node()).id, kind: 'raakt-aan' })),
  },
  [`DELETE ${P}/links/:linkId`]: {
    who: 'redacteur',
    ok: 204,
    call: async (f) => {
      const link = await createLink(
        f.db,
        SYSTEM_ACTOR,
        { programme: f.programmeId, nodeId: (await f.node()).id, toNodeId: (await f.node()).id, kind: 'raakt-aan' },
        clock,
      );
      return { url: `${P}/links/${link.id}` };
    },
  },

  // Efforts and the DIN matrix
  [`GET ${P}/efforts`]: { who: 'lezer', ok: 200 },
  [`POST ${P}/efforts`]: {
    who: 'redacteur',
    ok: 201,
    call: async (f) => ({ payload: { partner: { organisationId: f.organisationId }, goalIds: [(await f.node()).id], text: 'Inzet' } }),
  },
  [`PATCH ${P}/efforts/:effortId`]: {
    who: 'redacteur',
    ok: 200,
    call: async (f) => effortCall(f, (e) => ({ url: `${P}/efforts/${e.id}`, payload: { version: e.version, text: 'Andere inzet' } })),
  },
  [`DELETE ${P}/efforts/:effortId`]: {
    who: 'redacteur',
    ok: 204,
    call: async (f) => effortCall(f, (e) => ({ url: `${P}/efforts/${e.id}?version=${e.version}` })),
  },
  [`GET ${P}/din`]: { who: 'lezer', ok: 200 },
  [`GET ${P}/din.xlsx`]: { who: 'lezer', ok: 200 },

  // Reference data
  'GET /api/organisations': { who: 'ingelogd', ok: 200 },
  'POST /api/organisations': {
    who: 'platformbeheerder',
    ok: 201,
    call: async (f) => ({ payload: { key: `org-${f.unique()}`, name: 'Nieuwe organisatie', kind: 'aanbieder' } }),
  },
  'GET /api/organisations/:organisationId': { who: 'ingelogd', ok: 200 },
  'PATCH /api/organisations/:organisationId': {
    who: 'platformbeheerder',
    ok: 200,
    call: async (f) => orgCall(f, (o) => ({ url: `/api/organisations/${o.id}`, payload: { version: o.version, name: 'Hernoemd' } })),
  },
  'DELETE /api/organisations/:organisationId': {
    who: 'platformbeheerder',
    ok: 204,
    call: async (f) => orgCall(f, (o) => ({ url: `/api/organisations/${o.id}?version=${o.version}` })),
  },
  'PUT /api/organisations/:organisationId/population/:year': {
    who: 'platformbeheerder',
    ok: 200,
    call: async (f) =>
      orgCall(f, (o) => ({ url: `/api/organisations/${o.id}/population/2024`, payload: { inhabitants: 1234 } }), 'gemeente'),
  },
  'POST /api/population/import-cbs': {
    who: 'platformbeheerder',
    ok: 200,
    call: async () => ({
      contentType: 'text/csv',
      payload: '"Regio\'s";"Perioden";"Bevolking op 1 januari (aantal)"\n"Limburg (PV)";"2024";"100"\n',
    }),
  },
  'GET /api/regions': { who: 'ingelogd', ok: 200 },
  'POST /api/regions': {
    who: 'platformbeheerder',
    ok: 201,
    call: async (f) => ({ payload: { key: `r-${f.unique()}`, name: 'Regio', municipalityIds: [] } }),
  },
  'GET /api/regions/:regionId': { who: 'ingelogd', ok: 200 },
  'PATCH /api/regions/:regionId': {
    who: 'platformbeheerder',
    ok: 200,
    call: async (f) => regionCall(f, (r) => ({ url: `/api/regions/${r.id}`, payload: { version: r.version, name: 'Andere regio' } })),
  },
  'DELETE /api/regions/:regionId': {
    who: 'platformbeheerder',
    ok: 204,
    call: async (f) => regionCall(f, (r) => ({ url: `/api/regions/${r.id}?version=${r.version}` })),
  },
  'GET /api/persons': { who: 'ingelogd', ok: 200 },
  'POST /api/persons': {
    who: 'platformbeheerder',
    ok: 201,
    call: async (f) => ({ payload: { key: `pers-${f.unique()}`, name: 'Functie X' } }),
  },
  'GET /api/persons/:personId': { who: 'ingelogd', ok: 200 },
  'PATCH /api/persons/:personId': {
    who: 'platformbeheerder',
    ok: 200,
    call: async (f) => personCall(f, (p) => ({ url: `/api/persons/${p.id}`, payload: { version: p.version, name: 'Functie Y' } })),
  },
  'DELETE /api/persons/:personId': {
    who: 'platformbeheerder',
    ok: 204,
    call: async (f) => personCall(f, (p) => ({ url: `/api/persons/${p.id}?version=${p.version}` })),
  },

  // Progress
  [`GET ${P}/progress`]: { who: 'lezer', ok: 200 },
  [`GET ${P}/progress/dashboard`]: { who: 'lezer', ok: 200 },
  [`GET ${P}/progress/my-updates`]: { who: 'lezer', ok: 200 },
  [`GET ${P}/progress/planning`]: { who: 'lezer', ok: 200, call: async () => ({ url: `${P}/progress/planning?year=2026` }) },
  [`GET ${P}/progress/timeline`]: { who: 'lezer', ok: 200 },
  [`GET ${P}/progress/terugblik`]: { who: 'lezer', ok: 200 },
  [`GET ${P}/progress/nodes/:nodeId`]: { who: 'lezer', ok: 200 },
  [`POST ${P}/progress/nodes/:nodeId/updates`]: {
    who: 'rapporteur',
    ok: 201,
    call: async (f) => ({ url: `${P}/progress/nodes/${(await f.node()).id}/updates`, payload: { status: 'groen' } }),
  },
  [`PUT ${P}/progress/nodes/:nodeId/override`]: {
    who: 'beheerder',
    ok: 200,
    call: async (f) => ({
      url: `${P}/progress/nodes/${await f.parentNode()}/override`,
      payload: { status: 'oranje', percent: null, reason: 'Bestuurlijk besloten', basedOn: null },
    }),
  },
  [`DELETE ${P}/progress/nodes/:nodeId/override`]: {
    who: 'beheerder',
    ok: 204,
    call: async (f) => {
      const parent = await f.parentNode();
      const { setOverride } = await import('../../src/server/services/progress/set-override');
      const basedOn = await setOverride(
        f.db,
        SYSTEM_ACTOR,
        { programmeId: f.programmeId, nodeId: parent, status: 'rood', percent: null, reason: 'Tijdelijk overschreven voor de test' },
        clock,
      );
      return { url: `${P}/progress/nodes/${parent}/override`, payload: { basedOn } };
    },
  },
  [`PUT ${P}/progress/rule`]: {
    who: 'beheerder',
    ok: 204,
    call: async () => ({ payload: { rule: { status: 'slechtste', percent: 'gemiddelde' } } }),
  },
  [`GET ${P}/progress/periods`]: { who: 'lezer', ok: 200 },
  [`POST ${P}/progress/periods`]: { who: 'beheerder', ok: 201, call: async (f) => ({ payload: { periods: [periodInput(f)] } }) },
  [`POST ${P}/progress/periods/:periodId/lock`]: {
    who: 'beheerder',
    ok: 200,
    call: async (f) => {
      const [id] = await createPeriods(f.db, SYSTEM_ACTOR, { programmeId: f.programmeId, periods: [periodInput(f)] }, clock);
      return { url: `${P}/progress/periods/${id}/lock` };
    },
  },
  [`POST ${P}/progress/milestones`]: {
    who: 'redacteur',
    ok: 201,
    call: async (f) => ({ payload: { nodeId: (await f.node()).id, title: 'Mijlpaal', dueText: 'Q3 2026' } }),
  },
  [`PUT ${P}/progress/milestones/:milestoneId`]: {
    who: 'redacteur',
    ok: 200,
    call: async (f) => {
      const nodeId = (await f.node()).id;
      const id = await saveMilestone(
        f.db,
        SYSTEM_ACTOR,
        { programmeId: f.programmeId, nodeId, title: 'Mijlpaal', dueText: 'Q3 2026' },
        clock,
      );
      return {
        url: `${P}/progress/milestones/${id}`,
        payload: { nodeId, title: 'Mijlpaal gehaald', dueText: 'Q3 2026', doneDate: '2026-03-01', version: 1 },
      };
    },
  },
  [`DELETE ${P}/progress/milestones/:milestoneId`]: {
    who: 'redacteur',
    ok: 204,
    call: async (f) => {
      const id = await saveMilestone(
        f.db,
        SYSTEM_ACTOR,
        { programmeId: f.programmeId, nodeId: (await f.node()).id, title: 'Dubbel ingevoerd', dueText: 'Q3 2026' },
        clock,
      );
      return { url: `${P}/progress/milestones/${id}`, payload: { version: 1, reason: 'dubbel ingevoerd' } };
    },
  },
  [`POST ${P}/progress/updates/:updateId/correction`]: {
    who: 'rapporteur',
    ok: 201,
    call: async (f) => ({
      url: `${P}/progress/updates/${await updateOn(f)}/correction`,
      payload: { status: 'oranje', reason: 'verkeerd element gekozen' },
    }),
  },
  [`POST ${P}/progress/updates/:updateId/withdraw`]: {
    who: 'rapporteur',
    ok: 204,
    call: async (f) => ({ url: `${P}/progress/updates/${await updateOn(f)}/withdraw`, payload: { reason: 'per abuis ingevoerd' } }),
  },
  [`POST ${P}/progress/nodes/:nodeId/lifecycle`]: {
    who: 'redacteur',
    ok: 201,
    call: async (f) => ({
      url: `${P}/progress/nodes/${(await f.node()).id}/lifecycle`,
      payload: { status: 'gepauzeerd', since: '2026-03-01', reason: 'Wacht op financiering' },
    }),
  },

  // Table imports
  'POST /api/imports/preview': {
    who: 'platformbeheerder',
    ok: 200,
    call: async () => ({
      url: '/api/imports/preview?kind=programme-sheet&programmeTitle=Blad',
      ...upload([{ fileName: 'blad.tsv', content: sheet }]),
    }),
  },
  'POST /api/imports': {
    who: 'platformbeheerder',
    ok: 201,
    call: async (f) => ({
      url: `/api/imports?kind=programme-sheet&programmeTitle=Blad-${f.unique()}`,
      ...upload([{ fileName: 'blad.tsv', content: sheet }]),
    }),
  },

  // Monitor
  'GET /api/monitor/figures': {
    who: 'ingelogd',
    ok: 200,
    call: async () => ({ url: '/api/monitor/figures?from=2024-01-01&to=2024-12-31&per=kwartaal&by=gemeente' }),
  },
  'GET /api/public/monitor/figures': {
    who: 'iedereen',
    ok: 200,
    call: async () => ({ url: '/api/public/monitor/figures?from=2024-01-01&to=2024-12-31&per=kwartaal&by=gemeente' }),
  },
  'GET /api/monitor/export.csv': {
    who: 'ingelogd',
    ok: 200,
    call: async () => ({ url: '/api/monitor/export.csv?from=2024-01-01&to=2024-12-31&per=kwartaal&by=gemeente' }),
  },
  'GET /api/monitor/export.xlsx': {
    who: 'ingelogd',
    ok: 200,
    call: async () => ({ url: '/api/monitor/export.xlsx?from=2024-01-01&to=2024-12-31&per=kwartaal&by=gemeente' }),
  },
  'GET /api/monitor/units': { who: 'ingelogd', ok: 200, call: async () => ({ url: '/api/monitor/units?by=gemeente' }) },
  'GET /api/monitor/definitions': { who: 'iedereen', ok: 200 },
  'POST /api/monitor/imports': {
    who: 'monitor-analist',
    ok: 200,
    call: async () => upload([{ fileName: 'regio.csv', content: regionCsv }]),
  },
  'POST /api/monitor/imports/batch': {
    who: 'monitor-analist',
    ok: 200,
    call: async () => upload([{ fileName: 'regio.csv', content: regionCsv }]),
  },
  // Finance
  [`GET ${P}/finance`]: { who: 'lezer', ok: 200 },
  [`GET ${P}/finance.xlsx`]: { who: 'lezer', ok: 200 },
  [`GET ${P}/budget-lines`]: { who: 'lezer', ok: 200 },
  [`POST ${P}/budget-lines`]: {
    who: 'redacteur',
    ok: 201,
    call: async (f) => ({ payload: { ...budgetLine(), nodeId: (await f.node()).id } }),
  },
  [`POST ${P}/budget-lines/import`]: {
    who: 'redacteur',
    ok: 200,
    call: async () => ({
      url: `${P}/budget-lines/import?dryRun=true`,
      ...upload([{ fileName: 'begroting.csv', content: 'pad;jaar;geldstroom;status;aangevraagd\n' }]),
    }),
  },
  [`PATCH ${P}/budget-lines/:lineId`]: {
    who: 'redacteur',
    ok: 200,
    call: async (f) => lineCall(f, (l) => ({ url: `${P}/budget-lines/${l.id}`, payload: { version: l.version, note: 'gewijzigd' } })),
  },
  [`DELETE ${P}/budget-lines/:lineId`]: {
    who: 'redacteur',
    ok: 204,
    call: async (f) => lineCall(f, (l) => ({ url: `${P}/budget-lines/${l.id}?version=${l.version}` })),
  },
  [`PUT ${P}/nodes/:nodeId/funding-total`]: {
    who: 'redacteur',
    ok: 204,
    call: async (f) => ({ url: `${P}/nodes/${(await f.node()).id}/funding-total`, payload: { statedCents: 100_00, note: null } }),
  },
  [`POST ${P}/cost-splits/preview`]: {
    who: 'lezer',
    ok: 200,
    call: async () => ({ payload: { totalCents: 100_00, key: 'gelijk', regionId: stable.costRegionId } }),
  },
  [`GET ${P}/cost-splits`]: { who: 'lezer', ok: 200 },
  [`POST ${P}/cost-splits`]: {
    who: 'redacteur',
    ok: 201,
    call: async (f) => ({
      payload: { totalCents: 100_00, key: 'gelijk', regionId: stable.costRegionId, title: `Verdeling ${f.unique()}` },
    }),
  },
  'POST /api/finance/cost-split': {
    who: 'ingelogd',
    ok: 200,
    call: async () => ({ payload: { totalCents: 100_00, key: 'gelijk', regionId: stable.costRegionId } }),
  },

  // Commitments, demo status
  'GET /api/organisations/:organisationId/commitments': { who: 'ingelogd', ok: 200 },
  'GET /api/demo/status': { who: 'iedereen', ok: 200 },
  // Social map: public reading; writing by the provider's (or the only gemeente's) redacteur and up, or a platform beheerder.
  'GET /api/social-map/services': { who: 'iedereen', ok: 200 },
  'GET /api/social-map/municipalities': { who: 'iedereen', ok: 200 },
  'GET /api/social-map/export': { who: 'iedereen', ok: 200, call: async () => ({ url: '/api/social-map/export?format=csv' }) },
  'GET /api/social-map/services/:serviceId': {
    who: 'iedereen',
    ok: 200,
    call: async (f) => ({ url: `/api/social-map/services/${(await socialService(f)).id}` }),
  },
  'POST /api/social-map/services': {
    who: 'redacteur',
    ok: 201,
    call: async (f) => ({
      payload: {
        name: `Inloop ${f.unique()}`,
        kind: 'inloop',
        providerOrganisationId: f.organisationId,
        municipalityIds: [await socialMapGemeente(f)],
      },
    }),
  },
  'PATCH /api/social-map/services/:serviceId': {
    who: 'redacteur',
    ok: 200,
    call: async (f) => {
      const s = await socialService(f);
      return { url: `/api/social-map/services/${s.id}`, payload: { version: s.version, openingHours: `ma ${f.unique()}` } };
    },
  },
  'DELETE /api/social-map/services/:serviceId': {
    who: 'redacteur',
    ok: 204,
    call: async (f) => {
      const s = await socialService(f);
      return { url: `/api/social-map/services/${s.id}?version=${s.version}` };
    },
  },
  'POST /api/social-map/import/preview': {
    who: 'redacteur',
    ok: 200,
    call: async (f) => upload([{ fileName: 'kaart.csv', content: await socialMapFile(f) }]),
  },
  'POST /api/social-map/import': {
    who: 'redacteur',
    ok: 201,
    call: async (f) => upload([{ fileName: 'kaart.csv', content: await socialMapFile(f) }]),
  },

  // KPI
  [`GET ${P}/kpi`]: { who: 'lezer', ok: 200 },
  [`GET ${P}/kpi/indicators/:indicatorId`]: {
    who: 'lezer',
    ok: 200,
    call: async (f) => ({ url: `${P}/kpi/indicators/${await indicator(f)}` }),
  },
  [`GET ${P}/kpi/indicators/:indicatorId/export`]: {
    who: 'lezer',
    ok: 200,
    call: async (f) => ({ url: `${P}/kpi/indicators/${await indicator(f)}/export?format=csv` }),
  },
  [`PUT ${P}/kpi/indicators`]: {
    who: 'redacteur',
    ok: 200,
    call: async (f) => ({ payload: { ...indicatorInput(f), code: `K${f.unique()}` } }),
  },
  [`GET ${P}/kpi/entry`]: { who: 'rapporteur', ok: 200 },
  [`PUT ${P}/kpi/measurements`]: {
    who: 'rapporteur',
    ok: 200,
    call: async (f) => ({
      payload: {
        entries: [
          {
            indicatorId: await indicator(f),
            grain: 'kwartaal',
            periodStart: '2025-10-01',
            unitKey: f.organisationId,
            value: Number(f.unique()),
          },
        ],
      },
    }),
  },
  [`GET ${P}/kpi/template`]: { who: 'rapporteur', ok: 200, call: async () => ({ url: `${P}/kpi/template?format=csv` }) },
  [`POST ${P}/kpi/import/preview`]: {
    who: 'rapporteur',
    ok: 200,
    call: async (f) => upload([{ fileName: 'kpi.csv', content: await kpiCsv(f) }]),
  },
  [`POST ${P}/kpi/import`]: { who: 'rapporteur', ok: 201, call: async (f) => upload([{ fileName: 'kpi.csv', content: await kpiCsv(f) }]) },
  [`GET ${P}/kpi/zrm`]: { who: 'lezer', ok: 200 },
  [`GET ${P}/kpi/indicators/:indicatorId/definition`]: {
    who: 'lezer',
    ok: 200,
    call: async (f) => ({ url: `${P}/kpi/indicators/${await indicator(f)}/definition` }),
  },
  [`POST ${P}/kpi/zrm/import/preview`]: {
    who: 'rapporteur',
    ok: 200,
    call: async (f) => upload([{ fileName: 'zrm.csv', content: zrmCsv(f) }]),
  },
  [`POST ${P}/kpi/zrm/import`]: { who: 'rapporteur', ok: 201, call: async (f) => upload([{ fileName: 'zrm.csv', content: zrmCsv(f) }]) },

  // Progress check dismissals
  [`POST ${P}/progress/nodes/:nodeId/checks/dismissals`]: {
    who: 'beheerder',
    ok: 201,
    call: async (f) => {
      // A node reported 'afgerond' with an open milestone raises a 'controleren' signal.
      const nodeId = (await f.node()).id;
      const { postUpdate } = await import('../../src/server/services/progress/post-update');
      await saveMilestone(f.db, SYSTEM_ACTOR, { programmeId: f.programmeId, nodeId, title: 'Open mijlpaal', dueText: 'Q1 2026' }, clock);
      await postUpdate(f.db, SYSTEM_ACTOR, { programmeId: f.programmeId, nodeId, status: 'afgerond' }, clock);
      const { checkContradictions } = await import('../../src/server/services/progress/check-contradictions');
      const { loadProgressContext } = await import('../../src/server/services/progress/load-progress');
      const open = await checkContradictions(f.db, await loadProgressContext(f.db, f.programmeId), '2026-03-15', nodeId);
      const key = open[0]?.key ?? 'onbekend';
      return { url: `${P}/progress/nodes/${nodeId}/checks/dismissals`, payload: { key, note: 'Klopt toch, besproken' } };
    },
  },

  // Governance
  [`GET ${P}/bodies`]: { who: 'lezer', ok: 200 },
  [`POST ${P}/bodies`]: {
    who: 'beheerder',
    ok: 201,
    call: async (f) => ({ payload: { name: `Overleg ${f.unique()}`, kind: 'werkgroep' } }),
  },
  [`GET ${P}/bodies/:bodyId`]: { who: 'lezer', ok: 200, call: async (f) => ({ url: `${P}/bodies/${await body(f)}` }) },
  [`PUT ${P}/bodies/:bodyId`]: {
    who: 'beheerder',
    ok: 200,
    call: async (f) => ({ url: `${P}/bodies/${await body(f)}`, payload: { version: 1, name: 'Hernoemd overleg', kind: 'werkgroep' } }),
  },
  [`DELETE ${P}/bodies/:bodyId`]: { who: 'beheerder', ok: 204, call: async (f) => ({ url: `${P}/bodies/${await body(f)}?version=1` }) },
  [`POST ${P}/bodies/:bodyId/seats`]: {
    who: 'beheerder',
    ok: 201,
    call: async (f) => ({ url: `${P}/bodies/${await body(f)}/seats`, payload: { personId: null, role: 'Voorzitter' } }),
  },
  [`DELETE ${P}/bodies/:bodyId/seats/:seatId`]: {
    who: 'beheerder',
    ok: 204,
    call: async (f) => {
      const bodyId = await body(f);
      const { addSeat } = await import('../../src/server/services/governance/seats');
      const seatId = await addSeat(
        f.db,
        SYSTEM_ACTOR,
        { programmeId: f.programmeId, bodyId, seat: { personId: null, role: 'Lid', organisationIds: [] } },
        clock,
      );
      return { url: `${P}/bodies/${bodyId}/seats/${seatId}` };
    },
  },
  [`GET ${P}/governance/calendar`]: { who: 'lezer', ok: 200 },
  [`GET ${P}/governance/decisions`]: { who: 'lezer', ok: 200 },
  [`POST ${P}/bodies/:bodyId/meetings`]: {
    who: 'redacteur',
    ok: 201,
    call: async (f) => ({ url: `${P}/bodies/${await body(f)}/meetings`, payload: { date: '2026-04-01' } }),
  },
  [`GET ${P}/meetings/:meetingId`]: { who: 'lezer', ok: 200, call: async (f) => ({ url: `${P}/meetings/${await meeting(f)}` }) },
  [`PUT ${P}/meetings/:meetingId`]: {
    who: 'redacteur',
    ok: 200,
    call: async (f) => ({ url: `${P}/meetings/${await meeting(f)}`, payload: { version: 1, minutes: 'Verslag' } }),
  },
  [`POST ${P}/meetings/:meetingId/agenda-items`]: {
    who: 'redacteur',
    ok: 201,
    call: async (f) => ({ url: `${P}/meetings/${await meeting(f)}/agenda-items`, payload: { title: 'Agendapunt' } }),
  },
  [`DELETE ${P}/meetings/:meetingId/agenda-items/:itemId`]: {
    who: 'redacteur',
    ok: 204,
    call: async (f) => {
      const meetingId = await meeting(f);
      const { addAgendaItem } = await import('../../src/server/services/governance/agenda-items');
      const itemId = await addAgendaItem(f.db, SYSTEM_ACTOR, { programmeId: f.programmeId, meetingId, title: 'Weg' }, clock);
      return { url: `${P}/meetings/${meetingId}/agenda-items/${itemId}` };
    },
  },
  [`POST ${P}/meetings/:meetingId/decisions`]: {
    who: 'redacteur',
    ok: 201,
    call: async (f) => ({ url: `${P}/meetings/${await meeting(f)}/decisions`, payload: { text: 'Besloten' } }),
  },
  [`POST ${P}/meetings/:meetingId/actions`]: {
    who: 'redacteur',
    ok: 201,
    call: async (f) => ({ url: `${P}/meetings/${await meeting(f)}/actions`, payload: { text: 'Actie' } }),
  },
  [`PUT ${P}/meetings/:meetingId/actions/:actionId/status`]: {
    who: 'redacteur',
    ok: 204,
    call: async (f) => {
      const meetingId = await meeting(f);
      const { addAction } = await import('../../src/server/services/governance/actions');
      const actionId = await addAction(f.db, SYSTEM_ACTOR, { programmeId: f.programmeId, meetingId, text: 'Actie' }, clock);
      return { url: `${P}/meetings/${meetingId}/actions/${actionId}/status`, payload: { status: 'gereed' } };
    },
  },
  [`PUT ${P}/meetings/:meetingId/decisions/:decisionId`]: {
    who: 'redacteur',
    ok: 200,
    call: async (f) => {
      const meetingId = await meeting(f);
      const { addDecision } = await import('../../src/server/services/governance/add-decision');
      const decisionId = await addDecision(f.db, SYSTEM_ACTOR, { programmeId: f.programmeId, meetingId, text: 'Besluit' }, clock);
      return { url: `${P}/meetings/${meetingId}/decisions/${decisionId}`, payload: { version: 1, text: 'Besluit gecorrigeerd' } };
    },
  },
  [`DELETE ${P}/meetings/:meetingId/decisions/:decisionId`]: {
    who: 'redacteur',
    ok: 204,
    call: async (f) => {
      const meetingId = await meeting(f);
      const { addDecision } = await import('../../src/server/services/governance/add-decision');
      const decisionId = await addDecision(f.db, SYSTEM_ACTOR, { programmeId: f.programmeId, meetingId, text: 'Weg' }, clock);
      return { url: `${P}/meetings/${meetingId}/decisions/${decisionId}?version=1` };
    },
  },
  [`PUT ${P}/meetings/:meetingId/actions/:actionId`]: {
    who: 'redacteur',
    ok: 200,
    call: async (f) => {
      const meetingId = await meeting(f);
      const { addAction } = await import('../../src/server/services/governance/actions');
      const actionId = await addAction(f.db, SYSTEM_ACTOR, { programmeId: f.programmeId, meetingId, text: 'Actie' }, clock);
      return { url: `${P}/meetings/${meetingId}/actions/${actionId}`, payload: { version: 1, text: 'Actie', deadline: '2026-05-01' } };
    },
  },
  [`DELETE ${P}/meetings/:meetingId/actions/:actionId`]: {
    who: 'redacteur',
    ok: 204,
    call: async (f) => {
      const meetingId = await meeting(f);
      const { addAction } = await import('../../src/server/services/governance/actions');
      const actionId = await addAction(f.db, SYSTEM_ACTOR, { programmeId: f.programmeId, meetingId, text: 'Weg' }, clock);
      return { url: `${P}/meetings/${meetingId}/actions/${actionId}?version=1` };
    },
  },
  [`POST ${P}/meetings/:meetingId/close`]: {
    who: 'redacteur',
    ok: 204,
    call: async (f) => ({ url: `${P}/meetings/${await meeting(f)}/close` }),
  },
  'GET /api/persons/:personId/bodies': { who: 'ingelogd', ok: 200 },

  // Report and publication
  [`GET ${P}/report`]: { who: 'lezer', ok: 200, call: async () => ({ url: `${P}/report?format=html` }) },
  [`GET ${P}/publication`]: { who: 'beheerder', ok: 200 },
  [`PUT ${P}/publication`]: {
    who: 'beheerder',
    ok: 200,
    call: async (f) => ({ payload: { published: true, fields: { ...DEFAULT_PUBLICATION_FIELDS }, version: await publicationVersion(f) } }),
  },
  'GET /api/public/programmes': { who: 'iedereen', ok: 200 },
  'GET /api/public/programmes/:slug': { who: 'iedereen', ok: 200, call: async () => ({ url: '/api/public/programmes/matrix' }) },
  'GET /api/public/programmes/:slug/report': {
    who: 'iedereen',
    ok: 200,
    call: async () => ({ url: '/api/public/programmes/matrix/report?format=html' }),
  },
  // Search answers everyone; what it finds depends on who asks (test/integration/search.test.ts).
  'GET /api/search': { who: 'iedereen', ok: 200, call: async () => ({ url: '/api/search?q=zorg' }) },
  // Knowledge (issue 23): good practices (platform-wide), related initiatives and lists beside the tree.
  'GET /api/practices': { who: 'iedereen', ok: 200 },
  'GET /api/practices/:practiceId': { who: 'iedereen', ok: 200, call: async (f) => ({ url: `/api/practices/${await practice(f)}` }) },
  'POST /api/practices': { who: 'kennisredacteur', ok: 201, call: async (f) => ({ payload: { title: `Praktijk ${f.unique()}` } }) },
  'PATCH /api/practices/:practiceId': {
    who: 'kennisredacteur',
    ok: 200,
    call: async (f) => ({ url: `/api/practices/${await practice(f)}`, payload: { version: 1, title: 'Gewijzigde praktijk' } }),
  },
  'DELETE /api/practices/:practiceId': {
    who: 'kennisredacteur',
    ok: 204,
    call: async (f) => ({ url: `/api/practices/${await practice(f)}?version=1` }),
  },
  'PUT /api/practices/:practiceId/adoptions/:organisationId': {
    who: 'kennisredacteur',
    ok: 200,
    call: async (f) => ({ url: `/api/practices/${await practice(f)}/adoptions/${stable.gemeenteId}`, payload: { status: 'overwogen' } }),
  },
  'DELETE /api/practices/:practiceId/adoptions/:organisationId': {
    who: 'kennisredacteur',
    ok: 204,
    call: async (f) => {
      const practiceId = await practice(f);
      const { setAdoption } = await import('../../src/server/services/knowledge/set-adoption');
      await setAdoption(f.db, SYSTEM_ACTOR, { practiceId, organisationId: stable.gemeenteId, status: 'ingevoerd' }, clock);
      return { url: `/api/practices/${practiceId}/adoptions/${stable.gemeenteId}` };
    },
  },
  'GET /api/initiatives': { who: 'ingelogd', ok: 200 },
  [`GET ${P}/initiatives`]: { who: 'lezer', ok: 200 },
  [`POST ${P}/initiatives`]: {
    who: 'redacteur',
    ok: 201,
    call: async (f) => ({ payload: { name: `Initiatief ${f.unique()}`, kind: 'project', nodeIds: [(await f.node()).id] } }),
  },
  [`PATCH ${P}/initiatives/:initiativeId`]: {
    who: 'redacteur',
    ok: 200,
    call: async (f) => ({
      url: `${P}/initiatives/${(await initiative(f)).id}`,
      payload: { version: 1, name: 'Hernoemd', kind: 'project' },
    }),
  },
  [`DELETE ${P}/initiatives/:initiativeId`]: {
    who: 'redacteur',
    ok: 204,
    call: async (f) => ({ url: `${P}/initiatives/${(await initiative(f)).id}?version=1` }),
  },
  [`POST ${P}/initiatives/:initiativeId/links`]: {
    who: 'redacteur',
    ok: 201,
    call: async (f) => ({ url: `${P}/initiatives/${(await initiative(f)).id}/links`, payload: { nodeId: (await f.node()).id } }),
  },
  [`DELETE ${P}/initiative-links/:linkId`]: {
    who: 'redacteur',
    ok: 204,
    call: async (f) => {
      const i = await initiative(f, 2);
      return { url: `${P}/initiative-links/${i.links[0]?.id ?? ''}` };
    },
  },
  [`GET ${P}/lists`]: { who: 'lezer', ok: 200 },
  [`POST ${P}/lists`]: {
    who: 'redacteur',
    ok: 201,
    call: async (f) => ({ payload: { nodeId: (await f.node()).id, title: 'Uitgangspunten', items: [{ title: 'Eerst wonen' }] } }),
  },
  [`PUT ${P}/lists/:listId`]: {
    who: 'redacteur',
    ok: 200,
    call: async (f) => ({ url: `${P}/lists/${await sideList(f)}`, payload: { version: 1, title: 'Richtingen', items: [] } }),
  },
  [`DELETE ${P}/lists/:listId`]: {
    who: 'redacteur',
    ok: 204,
    call: async (f) => ({ url: `${P}/lists/${await sideList(f)}?version=1` }),
  },
};

const clock = { now: () => new Date('2026-03-15T10:00:00Z') };
let counter = 0;

async function programmeVersion(f: Fixtures): Promise<number> {
  const { programmeById } = await import('../../src/db/queries/programme');
  return (await programmeById(f.db, f.programmeId))?.version ?? 0;
}
async function nodeCall(
  f: Fixtures,
  suffix: string,
  payload: (n: { id: string; version: number }) => unknown,
  query: (n: { id: string; version: number }) => string = () => '',
): Promise<Call> {
  const n = await f.node();
  return { url: `${P}/nodes/${n.id}${suffix}${query(n)}`, payload: await payload(n) };
}
async function effortCall(f: Fixtures, call: (e: { id: string; version: number }) => Call): Promise<Call> {
  const e = await createEffort(
    f.db,
    SYSTEM_ACTOR,
    { programme: f.programmeId, fields: { partner: { organisationId: f.organisationId }, goalIds: [(await f.node()).id], text: 'Inzet' } },
    clock,
  );
  return call(e);
}
async function orgCall(
  f: Fixtures,
  call: (o: { id: string; version: number }) => Call,
  kind: 'gemeente' | 'aanbieder' = 'aanbieder',
): Promise<Call> {
  const n = f.unique();
  const o = await createOrganisation(
    f.db,
    SYSTEM_ACTOR,
    { key: `o-${n}`, name: `Organisatie ${n}`, kind, ...(kind === 'gemeente' ? { cbsCode: String(9000 + counter).padStart(4, '0') } : {}) },
    clock,
  );
  return call(o);
}
async function regionCall(f: Fixtures, call: (r: { id: string; version: number }) => Call): Promise<Call> {
  return call(await createRegion(f.db, SYSTEM_ACTOR, { key: `r-${f.unique()}`, name: 'Regio', municipalityIds: [] }, clock));
}
async function personCall(f: Fixtures, call: (p: { id: string; version: number }) => Call): Promise<Call> {
  return call(await createPerson(f.db, SYSTEM_ACTOR, { key: `p-${f.unique()}`, name: 'Functie' }, clock));
}
function budgetLine() {
  return {
    nodeId: null,
    year: 2026,
    moneyStream: 'Rijk',
    payerOrganisationId: null,
    recurrence: 'eenmalig',
    status: 'aangevraagd',
    requestedCents: 100_00,
    grantedCents: null,
    realisedCents: null,
    cofinancerIds: [],
    condition: null,
    conditionMet: null,
    note: null,
  } as const;
}
async function lineCall(f: Fixtures, call: (l: { id: string; version: number }) => Call): Promise<Call> {
  const { createBudgetLine } = await import('../../src/server/services/finance/budget-lines');
  return call(
    await createBudgetLine(
      f.db,
      SYSTEM_ACTOR,
      { programme: f.programmeId, fields: { ...budgetLine(), nodeId: (await f.node()).id, cofinancerIds: [] } },
      clock,
    ),
  );
}
function indicatorInput(f: Fixtures) {
  // Owned by the members' organisation: organisation scope lets its redacteur replace it.
  return {
    code: 'MATRIX',
    name: 'Matrixindicator',
    unit: 'aantal' as const,
    direction: 'hoger' as const,
    dimension: 'aanbieder' as const,
    grain: 'kwartaal' as const,
    ownerOrganisationId: f.organisationId,
    unitOrganisationIds: [f.organisationId],
  };
}
let indicatorId = '';
async function indicator(f: Fixtures): Promise<string> {
  if (!indicatorId) {
    const { saveIndicator } = await import('../../src/server/services/kpi/save-indicator');
    indicatorId = await saveIndicator(f.db, SYSTEM_ACTOR, { programmeId: f.programmeId, ...indicatorInput(f) }, clock);
  }
  return indicatorId;
}
async function kpiCsv(f: Fixtures): Promise<string> {
  await indicator(f);
  return `indicator;periode;eenheid;waarde\nMATRIX;Q3 2025;Matrix-organisatie;${f.unique()}\n`;
}
/** A start and follow-up ZRM assessment of a fresh client of the matrix organisation (an aanbieder). */
function zrmCsv(f: Fixtures): string {
  const client = `matrix-${f.unique()}`;
  const scores = (v: number) => Array.from({ length: 13 }, () => String(v)).join(';');
  const domains =
    'Financiën;Werk & opleiding;Tijdsbesteding;Huisvesting;Huiselijke relaties;Geestelijke gezondheid;' +
    'Lichamelijke gezondheid;Middelengebruik;Basale ADL;Instrumentele ADL;Sociaal netwerk;Maatschappelijke participatie;Justitie';
  const text =
    `client;aanbieder;datum;meting;${domains}\n` +
    `${client};Matrix-organisatie;01-02-2025;start;${scores(2)}\n${client};Matrix-organisatie;01-08-2025;vervolg;${scores(3)}\n`;
  return text;
}
async function body(f: Fixtures): Promise<string> {
  const { saveBody } = await import('../../src/server/services/governance/save-body');
  return saveBody(f.db, SYSTEM_ACTOR, { programmeId: f.programmeId, fields: { name: `Overleg ${f.unique()}`, kind: 'werkgroep' } }, clock);
}
async function meeting(f: Fixtures): Promise<string> {
  const { createMeeting } = await import('../../src/server/services/governance/create-meeting');
  return createMeeting(f.db, SYSTEM_ACTOR, { programmeId: f.programmeId, bodyId: await body(f), date: '2026-04-01' }, clock);
}
async function publicationVersion(f: Fixtures): Promise<number> {
  const { getPublication } = await import('../../src/server/services/publication/get-publication');
  return (await getPublication(f.db, SYSTEM_ACTOR, { programmeId: f.programmeId })).version;
}
/** A fresh update on a node of the members' organisation (to correct or withdraw). */
async function updateOn(f: Fixtures): Promise<string> {
  const { postUpdate } = await import('../../src/server/services/progress/post-update');
  return postUpdate(
    f.db,
    SYSTEM_ACTOR,
    { programmeId: f.programmeId, nodeId: (await f.node()).id, status: 'groen', reportDate: '2026-03-01' },
    clock,
  );
}
function periodInput(f: Fixtures) {
  // One non-overlapping day per call.
  const day = new Date(Date.UTC(2030, 0, 1) + Number(f.unique()) * 86_400_000).toISOString().slice(0, 10);
  return { label: `Dag ${day}`, kind: 'overig' as const, startDate: day, endDate: day, dueDate: day };
}

async function practice(f: Fixtures): Promise<string> {
  const { createPractice } = await import('../../src/server/services/knowledge/save-practice');
  return (await createPractice(f.db, SYSTEM_ACTOR, { title: `Praktijk ${f.unique()}`, published: true }, clock)).id;
}
/** An initiative on `nodes` fresh nodes of the members' organisation (organisation scope lets them act on it). */
async function initiative(f: Fixtures, nodes = 1) {
  const { createInitiative } = await import('../../src/server/services/knowledge/save-initiative');
  const nodeIds = [];
  for (let i = 0; i < nodes; i++) nodeIds.push((await f.node()).id);
  return createInitiative(
    f.db,
    SYSTEM_ACTOR,
    { programmeId: f.programmeId, fields: { name: `Initiatief ${f.unique()}`, kind: 'project' }, nodeIds },
    clock,
  );
}
async function sideList(f: Fixtures): Promise<string> {
  const { createSideList } = await import('../../src/server/services/knowledge/side-lists');
  const nodeId = (await f.node()).id;
  return (await createSideList(f.db, SYSTEM_ACTOR, { programmeId: f.programmeId, nodeId, fields: { title: 'Lijst', items: [] } }, clock))
    .id;
}

const memberRoles = ['lezer', 'rapporteur', 'redacteur', 'beheerder'] as const;
const accounts = new Map<Role, string>();
let socialMapMunicipalityId = '';
/** A gemeente for the social map's services (made once). */
async function socialMapGemeente(f: Fixtures): Promise<string> {
  if (!socialMapMunicipalityId)
    socialMapMunicipalityId = (
      await createOrganisation(
        f.db,
        SYSTEM_ACTOR,
        { key: 'matrix-sk-gemeente', name: 'Kaartgemeente', kind: 'gemeente', cbsCode: '0903' },
        clock,
      )
    ).id;
  return socialMapMunicipalityId;
}
/** A fresh service provided by the members' organisation. */
async function socialService(f: Fixtures): Promise<{ id: string; version: number }> {
  const s = await createService(
    f.db,
    SYSTEM_ACTOR,
    {
      name: `Voorziening ${f.unique()}`,
      kind: 'meldpunt',
      providerOrganisationId: f.organisationId,
      municipalityIds: [await socialMapGemeente(f)],
      published: true,
    },
    clock,
  );
  return { id: s.id, version: s.version };
}
/** A one-row social-map file: a new service of the members' organisation. */
async function socialMapFile(f: Fixtures): Promise<string> {
  await socialMapGemeente(f);
  const csv = `Naam;Soort;Gemeenten;Aanbieder\nImport ${f.unique()};inloop;0903;Matrix-organisatie\n`;
  return csv;
}

async function addMembers(db: Db, programmeId: string, organisationId: string) {
  for (const role of memberRoles) {
    const accountId = accounts.get(role);
    if (accountId) await setMembership(db, SYSTEM_ACTOR, { programmeId, accountId, role, organisationId }, clock);
  }
}

/** Calls every route of `app` as every role; returns the differences from `table`. */
async function runMatrix(
  app: TestApp['app'],
  db: Db,
  fixtures: Fixtures,
  table: Record<string, Row>,
  only: (key: string) => boolean = () => true,
): Promise<{ mismatches: string[]; calls: number }> {
  const mismatches: string[] = [];
  let calls = 0;
  for (const route of app.apiRoutes) {
    const key = `${route.method} ${route.url}`;
    if (!only(key)) continue;
    const row = table[key];
    if (!row) {
      mismatches.push(`${key}: staat niet in de tabel van deze test`);
      continue;
    }
    for (const role of ROLES) {
      const call = row.call ? await row.call(fixtures) : {};
      const url = (call.url ?? route.url)
        .replace(':programmeId', fixtures.programmeId)
        .replace(':nodeId', stable.nodeId)
        .replace(':organisationId', fixtures.organisationId)
        .replace(':regionId', stable.regionId)
        .replace(':personId', stable.personId);
      const headers: Record<string, string> = {
        'x-csrf-token': 'anoniem',
        ...(call.contentType ? { 'content-type': call.contentType } : {}),
      };
      const accountId = accounts.get(role);
      if (accountId) {
        // A fresh session per call: logout and a password change end the session they are called with.
        const s = await createSession(db, accountId, 'password', 12, clock);
        headers.cookie = `rt_session=${s.token}`;
        headers['x-csrf-token'] = s.csrfToken;
      }
      // A DELETE carries a body only where its row gives one (a milestone's version and reason).
      const body =
        ['POST', 'PUT', 'PATCH'].includes(route.method) || call.payload !== undefined
          ? { payload: (call.payload ?? {}) as object | string }
          : {};
      const res = await app.inject({ method: route.method as 'GET', url, headers, ...body });
      calls++;
      const allowed = WHO[row.who].includes(role);
      const expected = allowed ? row.ok : role === 'anoniem' ? 401 : 403;
      if (res.statusCode !== expected)
        mismatches.push(`${key} als ${role}: ${res.statusCode}, verwacht ${expected} ${res.body.slice(0, 160)}`);
    }
  }
  return { mismatches, calls };
}
const stable = { nodeId: '', regionId: '', personId: '', costRegionId: '', gemeenteId: '' };

describe(`authorisation matrix: every route × every role (${testDriver})`, () => {
  let t: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    t = await buildTestApp({ clock });
    const db = t.database.db;
    const programmeId = await createProgramme(
      db,
      SYSTEM_ACTOR,
      { slug: 'matrix', title: 'Matrixprogramma', levelLabels: ['Thema', 'Project'] },
      clock,
    );
    const otherProgramme = await createProgramme(
      db,
      SYSTEM_ACTOR,
      { slug: 'ander', title: 'Ander programma', levelLabels: ['Thema'] },
      clock,
    );
    const org = await createOrganisation(db, SYSTEM_ACTOR, { key: 'matrix-org', name: 'Matrix-organisatie', kind: 'aanbieder' }, clock);
    for (const role of ROLES.filter((r) => r !== 'anoniem')) {
      const platformRoles =
        role === 'platformbeheerder' ? (['beheerder'] as const) : role === 'monitor-analist' ? (['monitor-analist'] as const) : [];
      const acc = await createAccount(
        db,
        SYSTEM_ACTOR,
        { email: `${role}@matrix.test`, name: role, password: TEST_PASSWORD, platformRoles: [...platformRoles] },
        clock,
      );
      accounts.set(role, acc.id);
      if (role === 'buitenstaander')
        await setMembership(
          db,
          SYSTEM_ACTOR,
          { programmeId: otherProgramme, accountId: acc.id, role: 'beheerder', organisationId: null },
          clock,
        );
    }
    await addMembers(db, programmeId, org.id);
    await createAccount(
      db,
      SYSTEM_ACTOR,
      { email: 'inlogger@matrix.test', name: 'Inlogger', password: TEST_PASSWORD, platformRoles: [] },
      clock,
    );
    const node = async () => {
      const n = await createNode(
        db,
        SYSTEM_ACTOR,
        { programme: programmeId, parentId: null, fields: { title: `Element ${counter++}`, ownerOrganisationId: org.id } },
        clock,
      );
      return { id: n.id, version: n.version };
    };
    fixtures = {
      db,
      programmeId,
      organisationId: org.id,
      node,
      parentNode: async () => {
        const parent = await node();
        await createNode(
          db,
          SYSTEM_ACTOR,
          { programme: programmeId, parentId: parent.id, fields: { title: `Kind ${counter++}`, ownerOrganisationId: org.id } },
          clock,
        );
        return parent.id;
      },
      account: async () =>
        (
          await createAccount(
            db,
            SYSTEM_ACTOR,
            { email: `extra-${counter++}@matrix.test`, name: 'Extra', password: null, platformRoles: [] },
            clock,
          )
        ).id,
      unique: () => String(counter++),
    };
    stable.nodeId = (await node()).id;
    // Published, so the public routes have a programme to show.
    const { setPublication } = await import('../../src/server/services/publication/set-publication');
    await setPublication(db, SYSTEM_ACTOR, { programmeId, published: true, fields: { ...DEFAULT_PUBLICATION_FIELDS }, version: 0 }, clock);
    stable.regionId = (await createRegion(db, SYSTEM_ACTOR, { key: 'matrix-regio', name: 'Matrixregio', municipalityIds: [] }, clock)).id;
    // A region with two municipalities to split costs over.
    const municipalities = [];
    for (const [key, cbsCode] of [
      ['matrix-gem-a', '0901'],
      ['matrix-gem-b', '0902'],
    ] as const)
      municipalities.push((await createOrganisation(db, SYSTEM_ACTOR, { key, name: key, kind: 'gemeente', cbsCode }, clock)).id);
    stable.gemeenteId = municipalities[0] ?? '';
    stable.costRegionId = (
      await createRegion(db, SYSTEM_ACTOR, { key: 'matrix-kostenregio', name: 'Kostenregio', municipalityIds: municipalities }, clock)
    ).id;
    stable.personId = (await createPerson(db, SYSTEM_ACTOR, { key: 'matrix-persoon', name: 'Matrixpersoon' }, clock)).id;
  });
  afterAll(async () => t?.close());

  it('names its programme parameters the way the access check resolves them', () => {
    expect(Object.keys(PROGRAMME_PARAM_RESOLVERS)).toEqual(['programmeId']);
  });

  it('has exactly one row for every route the app registers', () => {
    const routes = t.app.apiRoutes.map((r) => `${r.method} ${r.url}`).sort();
    expect(Object.keys(TABLE).sort()).toEqual(routes);
  });

  it('allows (with the expected status) or refuses every route for every role exactly as the table says', async () => {
    const { mismatches, calls } = await runMatrix(t.app, t.database.db, fixtures, TABLE);
    expect(mismatches).toEqual([]);
    expect(calls).toBe(t.app.apiRoutes.length * ROLES.length);
  }, 600_000);

  it('fails when a route is declared public by mistake', async () => {
    // The same app with one more route that should be for platform beheerders, declared public.
    const app = await buildApp({ database: t.database, clock, webRoot: null });
    app.register(
      async (api) => {
        api.get('/accounts-copy', { config: { access: 'public' } }, async () => ({ items: [] }));
      },
      { prefix: '/api' },
    );
    await app.ready();
    try {
      const table = { ...TABLE, 'GET /api/accounts-copy': { who: 'platformbeheerder' as const, ok: 200 } };
      const { mismatches } = await runMatrix(app, t.database.db, fixtures, table, (key) => key === 'GET /api/accounts-copy');
      expect(mismatches.filter((m) => m.startsWith('GET /api/accounts-copy'))).toEqual([
        'GET /api/accounts-copy als anoniem: 200, verwacht 401 {"items":[]}',
        ...ROLES.filter((r) => r !== 'anoniem' && r !== 'platformbeheerder').map(
          (r) => `GET /api/accounts-copy als ${r}: 200, verwacht 403 {"items":[]}`,
        ),
      ]);
    } finally {
      await app.close();
    }
  }, 60_000);
});
