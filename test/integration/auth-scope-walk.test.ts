import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../support/auth';
import { uploadOf } from '../support/multipart';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

type Headers = Record<string, string>;
type Ids = Record<string, string>;

/**
 * One attack: a request that an organisation-scoped redacteur (of Venlo) sends against what belongs
 * to another organisation (Venray), another programme, or the platform, and the status it must get.
 * `same` names another attack whose answer must be identical (a key one may not see answers as a
 * missing key).
 */
interface Attack {
  name: string;
  params: (ids: Ids) => Record<string, string>;
  body?: (ids: Ids) => unknown;
  query?: string;
  status: number;
  same?: string;
}

/** An upload route's body: the file itself, sent as multipart (see call). */
class FileBody {
  constructor(
    readonly content: string,
    readonly fileName = 'bestand.csv',
  ) {}
}
/** A file that is no table at all. */
const notATable = () => new FileBody('a');

const MISSING = '00000000-0000-4000-8000-00000000abcd';
/** A social-map file that changes Venray's service through its Dienst-id (and adds one of Venlo's own). */
const venrayFile = (ids: Ids) =>
  new FileBody(`Dienst-id;Naam;Soort;Gemeenten\n;Eigen inloop;inloop;0983\n${ids.venrayService ?? ''};Overgenomen;inloop;0984\n`);
const p = (ids: Ids) => ({ programme: 'gedeeld', programmeId: ids.programme ?? '' });

/**
 * Every write route (POST/PUT/PATCH/DELETE) with its attacks and the expected outcome, written out by
 * hand. A write route added later without an entry fails the first test.
 */
const ATTACKS: Record<string, Attack[]> = {
  'POST /api/social-map/services': [
    {
      name: 'voorziening voor Venray toevoegen',
      params: () => ({}),
      body: (ids) => ({ name: 'Ingeschoven inloop', kind: 'inloop', municipalityIds: [ids.venray] }),
      status: 403,
    },
    {
      name: 'voorziening van Venlo en Venray samen toevoegen',
      params: () => ({}),
      body: (ids) => ({ name: 'Regionaal', kind: 'inloop', municipalityIds: [ids.venlo, ids.venray] }),
      status: 403,
    },
  ],
  'PATCH /api/social-map/services/:serviceId': [
    {
      name: 'voorziening van Venray wijzigen',
      params: (ids) => ({ serviceId: ids.venrayService ?? '' }),
      body: () => ({ version: 1, name: 'Overgenomen' }),
      status: 403,
    },
    {
      name: 'eigen voorziening naar Venray verhuizen',
      params: (ids) => ({ serviceId: ids.venloService ?? '' }),
      body: (ids) => ({ version: 1, municipalityIds: [ids.venray] }),
      status: 403,
    },
  ],
  'DELETE /api/social-map/services/:serviceId': [
    {
      name: 'voorziening van Venray verwijderen',
      params: (ids) => ({ serviceId: ids.venrayService ?? '' }),
      query: 'version=1',
      status: 403,
    },
  ],
  'POST /api/social-map/import/preview': [
    { name: 'import van een voorziening van Venray bekijken', params: () => ({}), body: (ids) => venrayFile(ids), status: 422 },
  ],
  'POST /api/social-map/import': [
    { name: 'voorziening van Venray importeren (via Dienst-id)', params: () => ({}), body: (ids) => venrayFile(ids), status: 422 },
  ],
  'POST /api/programmes': [
    { name: 'nieuw programma', params: () => ({}), body: () => ({ slug: 'nep', title: 'Nep', levelLabels: ['Thema'] }), status: 403 },
  ],
  'PATCH /api/programmes/:programmeId': [
    { name: 'programma wijzigen', params: p, body: () => ({ version: 1, title: 'Overgenomen' }), status: 403 },
  ],
  'DELETE /api/programmes/:programmeId': [{ name: 'programma verwijderen', params: p, query: 'version=1', status: 403 }],
  'POST /api/programmes/import': [
    {
      name: 'programmadocument met een nieuwe organisatie',
      params: () => ({}),
      body: () => ({
        document: {
          format: 'regietafel-programma',
          version: 1,
          programme: { slug: 'nep', title: 'Nep', levelLabels: ['Thema'] },
          nodes: [],
        },
      }),
      status: 403,
    },
  ],
  'POST /api/auth/login': [
    {
      name: 'inloggen als een ander met een fout wachtwoord',
      params: () => ({}),
      body: () => ({ email: 'beheer@regio.test', password: 'geen goed wachtwoord' }),
      status: 401,
    },
  ],
  'POST /api/auth/password': [
    {
      name: 'eigen wachtwoord wijzigen met een fout huidig wachtwoord',
      params: () => ({}),
      body: () => ({ currentPassword: 'fout fout fout fout', newPassword: 'een heel ander lang wachtwoord' }),
      status: 400,
    },
  ],
  'POST /api/auth/logout': [{ name: 'uitloggen (eigen sessie; als laatste)', params: () => ({}), status: 204 }],
  'POST /api/accounts': [
    {
      name: 'account aanmaken',
      params: () => ({}),
      body: () => ({ email: 'nep@venlo.test', name: 'Nep', platformRoles: ['beheerder'] }),
      status: 403,
    },
  ],
  'PATCH /api/accounts/:accountId': [
    {
      name: 'zichzelf beheerder maken',
      params: (ids) => ({ accountId: ids.self ?? '' }),
      body: () => ({ platformRoles: ['beheerder'] }),
      status: 403,
    },
  ],
  'PUT /api/accounts/:accountId/password': [
    {
      name: 'wachtwoord van de beheerder zetten',
      params: (ids) => ({ accountId: ids.admin ?? '' }),
      body: () => ({ password: 'overgenomen door venlo nu' }),
      status: 403,
    },
  ],
  'PUT /api/programmes/:programmeId/members/:accountId': [
    {
      name: 'zichzelf beheerder maken in het programma',
      params: (ids) => ({ ...p(ids), accountId: ids.self ?? '' }),
      body: () => ({ role: 'beheerder', organisationId: null }),
      status: 403,
    },
  ],
  'DELETE /api/programmes/:programmeId/members/:accountId': [
    { name: 'lid verwijderen', params: (ids) => ({ ...p(ids), accountId: ids.admin ?? '' }), status: 403 },
  ],
  'POST /api/programmes/:programmeId/nodes': [
    {
      name: 'kind onder een element van Venray',
      params: p,
      body: (ids) => ({ parentId: ids.other, title: 'Ingeschoven', ownerOrganisationId: ids.venlo }),
      status: 403,
    },
    {
      name: 'nieuw element met Venray als eigenaar',
      params: p,
      body: (ids) => ({ parentId: null, title: 'Namens Venray', ownerOrganisationId: ids.venray }),
      status: 403,
    },
  ],
  'PATCH /api/programmes/:programmeId/nodes/:nodeId': [
    {
      name: 'element van Venray wijzigen',
      params: (ids) => ({ ...p(ids), nodeId: ids.other ?? '' }),
      body: () => ({ version: 1, title: 'Overgenomen' }),
      status: 403,
    },
    {
      name: 'eigen element aan Venray geven',
      params: (ids) => ({ ...p(ids), nodeId: ids.own ?? '' }),
      body: (ids) => ({ version: 1, ownerOrganisationId: ids.venray }),
      status: 403,
    },
  ],
  'DELETE /api/programmes/:programmeId/nodes/:nodeId': [
    { name: 'element van Venray verwijderen', params: (ids) => ({ ...p(ids), nodeId: ids.other ?? '' }), query: 'version=1', status: 403 },
    {
      name: 'eigen element met een kind van Venray verwijderen',
      params: (ids) => ({ ...p(ids), nodeId: ids.own ?? '' }),
      query: 'version=1',
      status: 403,
    },
  ],
  'POST /api/programmes/:programmeId/nodes/:nodeId/move': [
    {
      name: 'element van Venray verplaatsen',
      params: (ids) => ({ ...p(ids), nodeId: ids.other ?? '' }),
      body: () => ({ version: 1, parentId: null, position: 0 }),
      status: 403,
    },
    {
      name: 'eigen element onder Venray hangen',
      params: (ids) => ({ ...p(ids), nodeId: ids.own2 ?? '' }),
      body: (ids) => ({ version: 1, parentId: ids.other, position: 0 }),
      status: 403,
    },
  ],
  'POST /api/programmes/:programmeId/renumber': [
    { name: 'hele boom hernummeren', params: p, body: () => ({ parentId: null }), status: 403 },
  ],
  'PUT /api/programmes/:programmeId/nodes/:nodeId/gap-analysis': [
    {
      name: 'hiaatanalyse van Venray',
      params: (ids) => ({ ...p(ids), nodeId: ids.other ?? '' }),
      body: () => ({ version: 1, gapAnalysis: null }),
      status: 403,
    },
  ],
  'POST /api/programmes/:programmeId/nodes/:nodeId/links': [
    {
      name: 'verwijzing vanaf een element van Venray',
      params: (ids) => ({ ...p(ids), nodeId: ids.other ?? '' }),
      body: (ids) => ({ toNodeId: ids.own, kind: 'draagt-bij-aan' }),
      status: 403,
    },
    {
      name: 'verwijzing naar een niet-bestaand element',
      params: (ids) => ({ ...p(ids), nodeId: ids.own ?? '' }),
      body: () => ({ toNodeId: MISSING, kind: 'draagt-bij-aan' }),
      status: 400,
    },
    {
      name: 'verwijzing naar een element in een programma zonder rol',
      params: (ids) => ({ ...p(ids), nodeId: ids.own ?? '' }),
      body: (ids) => ({ toNodeId: ids.secret, kind: 'draagt-bij-aan' }),
      status: 400,
      same: 'verwijzing naar een niet-bestaand element',
    },
  ],
  'DELETE /api/programmes/:programmeId/links/:linkId': [
    { name: 'verwijzing vanaf een element van Venray', params: (ids) => ({ ...p(ids), linkId: ids.otherLink ?? '' }), status: 403 },
    { name: 'niet-bestaande verwijzing', params: (ids) => ({ ...p(ids), linkId: MISSING }), status: 404 },
    {
      name: 'inkomende verwijzing uit een ander programma',
      params: (ids) => ({ ...p(ids), linkId: ids.incomingLink ?? '' }),
      status: 404,
      same: 'niet-bestaande verwijzing',
    },
  ],
  'POST /api/programmes/:programmeId/efforts': [
    {
      name: 'inspanning namens Venray',
      params: p,
      body: (ids) => ({ partner: { organisationId: ids.venray }, goalIds: [ids.own], text: 'Namens Venray' }),
      status: 403,
    },
  ],
  'PATCH /api/programmes/:programmeId/efforts/:effortId': [
    {
      name: 'inspanning van Venray wijzigen',
      params: (ids) => ({ ...p(ids), effortId: ids.otherEffort ?? '' }),
      body: () => ({ version: 1, text: 'Overgenomen' }),
      status: 403,
    },
    {
      name: 'eigen inspanning aan Venray geven',
      params: (ids) => ({ ...p(ids), effortId: ids.ownEffort ?? '' }),
      body: (ids) => ({ version: 1, partner: { organisationId: ids.venray } }),
      status: 403,
    },
  ],
  'DELETE /api/programmes/:programmeId/efforts/:effortId': [
    {
      name: 'inspanning van Venray verwijderen',
      params: (ids) => ({ ...p(ids), effortId: ids.otherEffort ?? '' }),
      query: 'version=1',
      status: 403,
    },
  ],
  'POST /api/programmes/:programmeId/budget-lines': [
    {
      name: 'begrotingsregel onder een element van Venray',
      params: p,
      body: (ids) => ({
        nodeId: ids.other,
        year: 2026,
        moneyStream: 'SPUK',
        payerOrganisationId: null,
        recurrence: 'eenmalig',
        status: 'aangevraagd',
        requestedCents: 100,
        grantedCents: null,
        realisedCents: null,
        cofinancerIds: [],
        condition: null,
        conditionMet: null,
        note: null,
      }),
      status: 403,
    },
  ],
  'POST /api/programmes/:programmeId/budget-lines/import': [
    {
      name: 'begrotingsregels importeren (proefrit)',
      params: p,
      query: 'dryRun=true',
      body: notATable,
      status: 422,
    },
  ],
  'PATCH /api/programmes/:programmeId/budget-lines/:lineId': [
    {
      name: 'begrotingsregel wijzigen die niet bestaat',
      params: (ids) => ({ ...p(ids), lineId: MISSING }),
      body: () => ({ version: 1, moneyStream: 'Nep' }),
      status: 404,
    },
  ],
  'DELETE /api/programmes/:programmeId/budget-lines/:lineId': [
    {
      name: 'begrotingsregel verwijderen die niet bestaat',
      params: (ids) => ({ ...p(ids), lineId: MISSING }),
      query: 'version=1',
      status: 404,
    },
  ],
  'PUT /api/programmes/:programmeId/nodes/:nodeId/funding-total': [
    {
      name: 'financieringstotaal van Venray',
      params: (ids) => ({ ...p(ids), nodeId: ids.other ?? '' }),
      body: () => ({ statedCents: 100, note: null }),
      status: 403,
    },
  ],
  'POST /api/programmes/:programmeId/cost-splits/preview': [
    {
      name: 'kostenverdeling berekenen (schrijft niets)',
      params: p,
      body: () => ({ totalCents: 100, key: 'gelijk', include: [] }),
      status: 400,
    },
  ],
  'POST /api/programmes/:programmeId/cost-splits': [
    {
      name: 'kostenverdeling vastleggen onder een element van Venray',
      params: p,
      body: (ids) => ({ title: 'Nep', totalCents: 100, key: 'gelijk', nodeId: ids.other }),
      status: 403,
    },
  ],
  'POST /api/finance/cost-split': [
    { name: 'bedrag verdelen (schrijft niets)', params: () => ({}), body: () => ({ totalCents: 100, key: 'gelijk' }), status: 400 },
  ],
  // KPIs (issue 21): figures only for one's own organisation; indicator definitions are checked by their schema.
  'PUT /api/programmes/:programmeId/kpi/indicators': [{ name: 'indicator zonder inhoud', params: p, body: () => ({}), status: 400 }],
  'PUT /api/programmes/:programmeId/kpi/measurements': [
    {
      name: 'cijfer voor een indicator die niet bestaat',
      params: p,
      body: () => ({ entries: [{ indicatorId: MISSING, grain: 'jaar', periodStart: '2025-01-01', unitKey: 'venray', value: 1 }] }),
      status: 400,
    },
  ],
  'POST /api/programmes/:programmeId/kpi/import/preview': [
    {
      name: 'cijferbestand voorvertonen dat geen tabel is',
      params: p,
      body: notATable,
      status: 422,
    },
  ],
  'POST /api/programmes/:programmeId/kpi/import': [
    {
      name: 'cijferbestand importeren dat geen tabel is',
      params: p,
      body: notATable,
      status: 422,
    },
  ],
  'POST /api/programmes/:programmeId/kpi/zrm/import/preview': [
    {
      name: 'ZRM-bestand voorvertonen met metingen van een gemeente die geen aanbieder is',
      params: p,
      body: () => new FileBody('client;aanbieder;datum;Financiën\nk1;Venray;01-02-2025;3\n', 'zrm.csv'),
      status: 422,
    },
  ],
  'POST /api/programmes/:programmeId/kpi/zrm/import': [
    {
      name: 'ZRM-bestand importeren dat geen tabel is',
      params: p,
      body: notATable,
      status: 422,
    },
  ],
  // Governance (issue 20): bodies and seats are for programme beheerders; meetings for redacteuren.
  'POST /api/programmes/:programmeId/bodies': [
    { name: 'overleg aanmaken', params: p, body: () => ({ name: 'Nep', kind: 'werkgroep' }), status: 403 },
  ],
  'PUT /api/programmes/:programmeId/bodies/:bodyId': [
    {
      name: 'overleg wijzigen',
      params: (ids) => ({ ...p(ids), bodyId: MISSING, seatId: MISSING, meetingId: MISSING, itemId: MISSING, actionId: MISSING }),
      body: () => ({ name: 'Nep' }),
      status: 403,
    },
  ],
  'DELETE /api/programmes/:programmeId/bodies/:bodyId': [
    {
      name: 'overleg verwijderen',
      params: (ids) => ({ ...p(ids), bodyId: MISSING, seatId: MISSING, meetingId: MISSING, itemId: MISSING, actionId: MISSING }),
      status: 403,
    },
  ],
  'POST /api/programmes/:programmeId/bodies/:bodyId/seats': [
    {
      name: 'zetel toevoegen',
      params: (ids) => ({ ...p(ids), bodyId: MISSING, seatId: MISSING, meetingId: MISSING, itemId: MISSING, actionId: MISSING }),
      body: () => ({ role: 'lid' }),
      status: 403,
    },
  ],
  'DELETE /api/programmes/:programmeId/bodies/:bodyId/seats/:seatId': [
    {
      name: 'zetel verwijderen',
      params: (ids) => ({ ...p(ids), bodyId: MISSING, seatId: MISSING, meetingId: MISSING, itemId: MISSING, actionId: MISSING }),
      status: 403,
    },
  ],
  'POST /api/programmes/:programmeId/bodies/:bodyId/meetings': [
    {
      name: 'vergadering van een overleg dat niet bestaat',
      params: (ids) => ({ ...p(ids), bodyId: MISSING, seatId: MISSING, meetingId: MISSING, itemId: MISSING, actionId: MISSING }),
      body: () => ({ date: '2026-01-15' }),
      status: 404,
    },
  ],
  'PUT /api/programmes/:programmeId/meetings/:meetingId': [
    {
      name: 'vergadering wijzigen die niet bestaat',
      params: (ids) => ({ ...p(ids), bodyId: MISSING, seatId: MISSING, meetingId: MISSING, itemId: MISSING, actionId: MISSING }),
      body: () => ({ version: 1, minutes: 'Nep' }),
      status: 404,
    },
  ],
  'POST /api/programmes/:programmeId/meetings/:meetingId/agenda-items': [
    {
      name: 'agendapunt bij een vergadering die niet bestaat',
      params: (ids) => ({ ...p(ids), bodyId: MISSING, seatId: MISSING, meetingId: MISSING, itemId: MISSING, actionId: MISSING }),
      body: () => ({ title: 'Nep' }),
      status: 404,
    },
  ],
  'DELETE /api/programmes/:programmeId/meetings/:meetingId/agenda-items/:itemId': [
    {
      name: 'agendapunt verwijderen dat niet bestaat',
      params: (ids) => ({ ...p(ids), bodyId: MISSING, seatId: MISSING, meetingId: MISSING, itemId: MISSING, actionId: MISSING }),
      status: 404,
    },
  ],
  'POST /api/programmes/:programmeId/meetings/:meetingId/decisions': [
    {
      name: 'besluit bij een vergadering die niet bestaat',
      params: (ids) => ({ ...p(ids), bodyId: MISSING, seatId: MISSING, meetingId: MISSING, itemId: MISSING, actionId: MISSING }),
      body: () => ({ text: 'Nep' }),
      status: 404,
    },
  ],
  'POST /api/programmes/:programmeId/meetings/:meetingId/actions': [
    {
      name: 'actie bij een vergadering die niet bestaat',
      params: (ids) => ({ ...p(ids), bodyId: MISSING, seatId: MISSING, meetingId: MISSING, itemId: MISSING, actionId: MISSING }),
      body: () => ({ text: 'Nep' }),
      status: 404,
    },
  ],
  'PUT /api/programmes/:programmeId/meetings/:meetingId/actions/:actionId/status': [
    {
      name: 'actiestatus die niet bestaat',
      params: (ids) => ({ ...p(ids), bodyId: MISSING, seatId: MISSING, meetingId: MISSING, itemId: MISSING, actionId: MISSING }),
      body: () => ({ status: 'gereed' }),
      status: 404,
    },
  ],
  'PUT /api/programmes/:programmeId/meetings/:meetingId/decisions/:decisionId': [
    {
      name: 'besluit wijzigen dat niet bestaat',
      params: (ids) => ({ ...p(ids), meetingId: MISSING, decisionId: MISSING }),
      body: () => ({ version: 1, text: 'Nep' }),
      status: 404,
    },
  ],
  'DELETE /api/programmes/:programmeId/meetings/:meetingId/decisions/:decisionId': [
    {
      name: 'besluit verwijderen dat niet bestaat',
      params: (ids) => ({ ...p(ids), meetingId: MISSING, decisionId: MISSING }),
      query: 'version=1',
      status: 404,
    },
  ],
  'PUT /api/programmes/:programmeId/meetings/:meetingId/actions/:actionId': [
    {
      name: 'actie wijzigen die niet bestaat',
      params: (ids) => ({ ...p(ids), meetingId: MISSING, actionId: MISSING }),
      body: () => ({ version: 1, text: 'Nep' }),
      status: 404,
    },
  ],
  'DELETE /api/programmes/:programmeId/meetings/:meetingId/actions/:actionId': [
    {
      name: 'actie verwijderen die niet bestaat',
      params: (ids) => ({ ...p(ids), meetingId: MISSING, actionId: MISSING }),
      query: 'version=1',
      status: 404,
    },
  ],
  'POST /api/programmes/:programmeId/meetings/:meetingId/close': [
    {
      name: 'vergadering sluiten die niet bestaat',
      params: (ids) => ({ ...p(ids), bodyId: MISSING, seatId: MISSING, meetingId: MISSING, itemId: MISSING, actionId: MISSING }),
      status: 404,
    },
  ],
  // Publication (issue 20): only a programme beheerder publishes.
  'PUT /api/programmes/:programmeId/publication': [
    { name: 'programma publiceren', params: p, body: () => ({ published: true }), status: 403 },
  ],
  'POST /api/organisations': [
    { name: 'organisatie aanmaken', params: () => ({}), body: () => ({ key: 'nep', name: 'Nep', kind: 'gemeente' }), status: 403 },
  ],
  'PATCH /api/organisations/:organisationId': [
    {
      name: 'Venray hernoemen',
      params: (ids) => ({ organisationId: ids.venray ?? '' }),
      body: () => ({ version: 1, name: 'Nep' }),
      status: 403,
    },
  ],
  'DELETE /api/organisations/:organisationId': [
    { name: 'Venray verwijderen', params: (ids) => ({ organisationId: ids.venray ?? '' }), query: 'version=1', status: 403 },
  ],
  'PUT /api/organisations/:organisationId/population/:year': [
    {
      name: 'inwoners van Venray',
      params: (ids) => ({ organisationId: ids.venray ?? '', year: '2024' }),
      body: () => ({ inhabitants: 1 }),
      status: 403,
    },
  ],
  'POST /api/population/import-cbs': [{ name: 'CBS-import', params: () => ({}), body: () => ({ csv: 'a;b' }), status: 403 }],
  'POST /api/regions': [
    { name: 'regio aanmaken', params: () => ({}), body: () => ({ key: 'nep', name: 'Nep', municipalityIds: [] }), status: 403 },
  ],
  'PATCH /api/regions/:regionId': [
    { name: 'regio wijzigen', params: () => ({ regionId: MISSING }), body: () => ({ version: 1, name: 'Nep' }), status: 403 },
  ],
  'DELETE /api/regions/:regionId': [{ name: 'regio verwijderen', params: () => ({ regionId: MISSING }), query: 'version=1', status: 403 }],
  'POST /api/persons': [{ name: 'persoon aanmaken', params: () => ({}), body: () => ({ key: 'nep', name: 'Nep' }), status: 403 }],
  'PATCH /api/persons/:personId': [
    { name: 'persoon wijzigen', params: () => ({ personId: MISSING }), body: () => ({ version: 1, name: 'Nep' }), status: 403 },
  ],
  'DELETE /api/persons/:personId': [
    { name: 'persoon verwijderen', params: () => ({ personId: MISSING }), query: 'version=1', status: 403 },
  ],
  'POST /api/programmes/:programmeId/progress/nodes/:nodeId/updates': [
    {
      name: 'update op een element van Venray',
      params: (ids) => ({ ...p(ids), nodeId: ids.other ?? '' }),
      body: () => ({ status: 'rood', results: 'Nep' }),
      status: 403,
    },
  ],
  'POST /api/programmes/:programmeId/progress/nodes/:nodeId/checks/dismissals': [
    {
      name: 'signaal negeren bij Venray',
      params: (ids) => ({ ...p(ids), nodeId: ids.other ?? '' }),
      body: () => ({ key: 'x', note: 'klopt niet volgens Venlo' }),
      status: 403,
    },
  ],
  'PUT /api/programmes/:programmeId/progress/nodes/:nodeId/override': [
    {
      name: 'stand overschrijven',
      params: (ids) => ({ ...p(ids), nodeId: ids.other ?? '' }),
      body: () => ({ status: 'rood', percent: null, reason: 'Nep', basedOn: null }),
      status: 403,
    },
  ],
  'DELETE /api/programmes/:programmeId/progress/nodes/:nodeId/override': [
    {
      name: 'overschrijving intrekken',
      params: (ids) => ({ ...p(ids), nodeId: ids.other ?? '' }),
      body: () => ({ basedOn: '00000000-0000-4000-8000-000000000000' }),
      status: 403,
    },
  ],
  'PUT /api/programmes/:programmeId/progress/rule': [{ name: 'roll-upregel', params: p, body: () => ({ rule: 'worst-of' }), status: 403 }],
  'POST /api/programmes/:programmeId/progress/periods': [
    { name: 'periodes', params: p, body: () => ({ quarters: { year: 2026 } }), status: 403 },
  ],
  'POST /api/programmes/:programmeId/progress/periods/:periodId/lock': [
    { name: 'periode vergrendelen', params: (ids) => ({ ...p(ids), periodId: MISSING }), status: 403 },
  ],
  'POST /api/programmes/:programmeId/progress/milestones': [
    { name: 'mijlpaal onder een element van Venray', params: p, body: (ids) => ({ nodeId: ids.other, title: 'Ingeschoven' }), status: 403 },
  ],
  'PUT /api/programmes/:programmeId/progress/milestones/:milestoneId': [
    {
      name: 'mijlpaal van Venray afvinken',
      params: (ids) => ({ ...p(ids), milestoneId: ids.otherMilestone ?? '' }),
      body: (ids) => ({ nodeId: ids.other, title: 'Mijlpaal van Venray', doneDate: '2026-03-01', version: 1 }),
      status: 403,
    },
    {
      name: 'mijlpaal van Venray naar een eigen element halen',
      params: (ids) => ({ ...p(ids), milestoneId: ids.otherMilestone ?? '' }),
      body: (ids) => ({ nodeId: ids.own, title: 'Mijlpaal van Venray', version: 1 }),
      status: 403,
    },
  ],
  'DELETE /api/programmes/:programmeId/progress/milestones/:milestoneId': [
    {
      name: 'mijlpaal van Venray verwijderen',
      params: (ids) => ({ ...p(ids), milestoneId: ids.otherMilestone ?? '' }),
      body: () => ({ version: 1, reason: 'weg ermee' }),
      status: 403,
    },
  ],
  'POST /api/programmes/:programmeId/progress/updates/:updateId/correction': [
    {
      name: 'update van Venray corrigeren',
      params: (ids) => ({ ...p(ids), updateId: ids.otherUpdate ?? '' }),
      body: () => ({ status: 'rood', reason: 'volgens Venlo fout' }),
      status: 403,
    },
  ],
  'POST /api/programmes/:programmeId/progress/updates/:updateId/withdraw': [
    {
      name: 'update van Venray intrekken',
      params: (ids) => ({ ...p(ids), updateId: ids.otherUpdate ?? '' }),
      body: () => ({ reason: 'volgens Venlo fout' }),
      status: 403,
    },
  ],
  'POST /api/programmes/:programmeId/progress/nodes/:nodeId/lifecycle': [
    {
      name: 'element van Venray pauzeren',
      params: (ids) => ({ ...p(ids), nodeId: ids.other ?? '' }),
      body: () => ({ status: 'gepauzeerd', reason: 'Venlo wil dat' }),
      status: 403,
    },
  ],
  'POST /api/imports/preview': [{ name: 'tabel voorvertonen', params: () => ({}), body: notATable, status: 403 }],
  'POST /api/imports': [{ name: 'tabel importeren', params: () => ({}), body: notATable, status: 403 }],
  'POST /api/monitor/imports': [{ name: 'monitorimport', params: () => ({}), body: () => ({}), status: 403 }],
  'POST /api/monitor/imports/batch': [{ name: 'monitorimport (meerdere)', params: () => ({}), body: () => ({}), status: 403 }],
  // Knowledge (issue 23): good practices are maintained by every redacteur (no organisation scope); their
  // related nodes only in programmes the maintainer may read. Initiatives and lists follow the node's scope.
  'POST /api/practices': [
    {
      name: 'goede praktijk met een niet-bestaand element',
      params: () => ({}),
      body: () => ({ title: 'Praktijk', relatedNodeIds: [MISSING] }),
      status: 400,
    },
    {
      name: 'goede praktijk met een element in een programma zonder rol',
      params: () => ({}),
      body: (ids) => ({ title: 'Praktijk', relatedNodeIds: [ids.secret] }),
      status: 400,
      same: 'goede praktijk met een niet-bestaand element',
    },
  ],
  'PATCH /api/practices/:practiceId': [
    {
      name: 'goede praktijk koppelen aan een element in een programma zonder rol',
      params: (ids) => ({ practiceId: ids.practice ?? '' }),
      body: (ids) => ({ version: 1, title: 'Praktijk', relatedNodeIds: [ids.secret] }),
      status: 400,
    },
  ],
  'DELETE /api/practices/:practiceId': [
    { name: 'niet-bestaande goede praktijk verwijderen', params: () => ({ practiceId: MISSING }), query: 'version=1', status: 404 },
  ],
  'PUT /api/practices/:practiceId/adoptions/:organisationId': [
    {
      name: 'overname door een niet-bestaande gemeente',
      params: (ids) => ({ practiceId: ids.practice ?? '', organisationId: MISSING }),
      body: () => ({ status: 'ingevoerd' }),
      status: 404,
    },
  ],
  'DELETE /api/practices/:practiceId/adoptions/:organisationId': [
    {
      name: 'niet-bestaande overname verwijderen',
      params: (ids) => ({ practiceId: ids.practice ?? '', organisationId: ids.venray ?? '' }),
      status: 404,
    },
  ],
  'POST /api/programmes/:programmeId/initiatives': [
    {
      name: 'initiatief bij een element van Venray',
      params: p,
      body: (ids) => ({ name: 'Namens Venray', kind: 'project', nodeIds: [ids.other] }),
      status: 403,
    },
  ],
  'PATCH /api/programmes/:programmeId/initiatives/:initiativeId': [
    {
      name: 'initiatief dat alleen bij een programma zonder rol hoort',
      params: (ids) => ({ ...p(ids), initiativeId: ids.elsewhereInitiative ?? '' }),
      body: () => ({ version: 1, name: 'Overgenomen', kind: 'project' }),
      status: 404,
    },
  ],
  'DELETE /api/programmes/:programmeId/initiatives/:initiativeId': [
    {
      name: 'initiatief bij een element van Venray verwijderen',
      params: (ids) => ({ ...p(ids), initiativeId: ids.venrayInitiative ?? '' }),
      query: 'version=1',
      status: 403,
    },
  ],
  'POST /api/programmes/:programmeId/initiatives/:initiativeId/links': [
    {
      name: 'initiatief koppelen aan een element van Venray',
      params: (ids) => ({ ...p(ids), initiativeId: ids.venrayInitiative ?? '' }),
      body: (ids) => ({ nodeId: ids.otherChild }),
      status: 403,
    },
    {
      name: 'niet-bestaand initiatief koppelen',
      params: (ids) => ({ ...p(ids), initiativeId: MISSING }),
      body: () => ({ nodeId: null }),
      status: 404,
    },
    {
      name: 'initiatief uit een programma zonder rol koppelen',
      params: (ids) => ({ ...p(ids), initiativeId: ids.elsewhereInitiative ?? '' }),
      body: () => ({ nodeId: null }),
      status: 404,
      same: 'niet-bestaand initiatief koppelen',
    },
  ],
  'DELETE /api/programmes/:programmeId/initiative-links/:linkId': [
    {
      name: 'koppeling aan een element van Venray',
      params: (ids) => ({ ...p(ids), linkId: ids.venrayInitiativeLink ?? '' }),
      status: 403,
    },
  ],
  'POST /api/programmes/:programmeId/lists': [
    {
      name: 'lijst bij een element van Venray',
      params: p,
      body: (ids) => ({ nodeId: ids.other, title: 'Namens Venray', items: [] }),
      status: 403,
    },
  ],
  'PUT /api/programmes/:programmeId/lists/:listId': [
    {
      name: 'lijst van een element van Venray wijzigen',
      params: (ids) => ({ ...p(ids), listId: ids.otherList ?? '' }),
      body: () => ({ version: 1, title: 'Overgenomen', items: [] }),
      status: 403,
    },
  ],
  'DELETE /api/programmes/:programmeId/lists/:listId': [
    {
      name: 'lijst van een element van Venray verwijderen',
      params: (ids) => ({ ...p(ids), listId: ids.otherList ?? '' }),
      query: 'version=1',
      status: 403,
    },
  ],
};

const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

describe(`organisation scope: every write route as a redacteur of Venlo against Venray (${testDriver})`, () => {
  let t: TestApp;
  const ids: Ids = {};
  let admin: Headers;
  let redacteur: Headers;
  const call = async (headers: Headers, method: string, url: string, payload?: unknown) => {
    const res = await t.app.inject({
      method: method as 'GET',
      url,
      ...(payload instanceof FileBody
        ? uploadOf(payload.content, payload.fileName, headers)
        : { headers, ...(payload !== undefined ? { payload: payload as object } : {}) }),
    });
    return { status: res.statusCode, body: (res.body ? res.json() : {}) as Record<string, unknown> };
  };
  const made = async (headers: Headers, method: string, url: string, payload: unknown) => {
    const r = await call(headers, method, url, payload);
    expect(r.status, `${method} ${url}: ${JSON.stringify(r.body)}`).toBeLessThan(300);
    return r.body.id as string;
  };
  /** What belongs to Venray (and the other programme), as the platform beheerder sees it. */
  const theirs = async () => ({
    tree: (await call(admin, 'GET', '/api/programmes/gedeeld/tree?shape=flat')).body,
    other: (await call(admin, 'GET', `/api/programmes/gedeeld/nodes/${ids.other}`)).body,
    efforts: (await call(admin, 'GET', '/api/programmes/gedeeld/efforts')).body,
    milestones: (await call(admin, 'GET', '/api/programmes/gedeeld/progress/timeline')).body,
    elsewhere: (await call(admin, 'GET', `/api/programmes/elders/nodes/${ids.secret}`)).body,
    organisations: (await call(admin, 'GET', '/api/organisations')).body,
    programmes: (await call(admin, 'GET', '/api/programmes')).body,
    socialMap: (await call(admin, 'GET', '/api/social-map/services')).body,
  });

  beforeAll(async () => {
    t = await buildTestApp();
    const a = await signIn(t, 'beheer@regio.test', { platformRoles: ['beheerder'] });
    admin = a.headers;
    ids.admin = a.accountId;
    for (const [key, cbs] of [
      ['venlo', '0983'],
      ['venray', '0984'],
    ] as const)
      ids[key] = await made(admin, 'POST', '/api/organisations', { key, name: key, kind: 'gemeente', cbsCode: cbs });
    ids.programme = await made(admin, 'POST', '/api/programmes', {
      slug: 'gedeeld',
      title: 'Gedeeld programma',
      levelLabels: ['Thema', 'Activiteit'],
    });
    await made(admin, 'POST', '/api/programmes', { slug: 'elders', title: 'Ander programma', levelLabels: ['Thema'] });
    const node = (programme: string, title: string, owner: string | undefined, parentId: string | null = null) =>
      made(admin, 'POST', `/api/programmes/${programme}/nodes`, { parentId, title, ownerOrganisationId: owner ?? null });
    ids.own = await node('gedeeld', 'Van Venlo', ids.venlo);
    ids.own2 = await node('gedeeld', 'Ook van Venlo', ids.venlo);
    ids.other = await node('gedeeld', 'Van Venray', ids.venray);
    ids.otherChild = await node('gedeeld', 'Kind van Venray', ids.venray, ids.other ?? null);
    ids.theirsUnderOwn = await node('gedeeld', 'Van Venray onder Venlo', ids.venray, ids.own ?? null);
    ids.secret = await node('elders', 'Geheim', undefined);
    ids.otherEffort = await made(admin, 'POST', '/api/programmes/gedeeld/efforts', {
      partner: { organisationId: ids.venray },
      goalIds: [ids.other],
      text: 'Venray doet dit',
    });
    ids.ownEffort = await made(admin, 'POST', '/api/programmes/gedeeld/efforts', {
      partner: { organisationId: ids.venlo },
      goalIds: [ids.own],
      text: 'Venlo doet dit',
    });
    ids.otherMilestone = await made(admin, 'POST', `/api/programmes/${ids.programme}/progress/milestones`, {
      nodeId: ids.other,
      title: 'Mijlpaal van Venray',
    });
    ids.otherUpdate = await made(admin, 'POST', `/api/programmes/${ids.programme}/progress/nodes/${ids.other}/updates`, {
      status: 'groen',
      results: 'Venray op schema',
    });
    ids.otherLink = await made(admin, 'POST', `/api/programmes/gedeeld/nodes/${ids.other}/links`, {
      toNodeId: ids.own,
      kind: 'draagt-bij-aan',
    });
    ids.incomingLink = await made(admin, 'POST', `/api/programmes/elders/nodes/${ids.secret}/links`, {
      toNodeId: ids.own,
      kind: 'draagt-bij-aan',
    });
    ids.venrayService = await made(admin, 'POST', '/api/social-map/services', {
      name: 'Inloop Venray',
      kind: 'inloop',
      municipalityIds: [ids.venray],
    });
    ids.venloService = await made(admin, 'POST', '/api/social-map/services', {
      name: 'Inloop Venlo',
      kind: 'inloop',
      municipalityIds: [ids.venlo],
    });
    ids.practice = await made(admin, 'POST', '/api/practices', { title: 'Gedeelde praktijk' });
    ids.elsewhereInitiative = await made(admin, 'POST', '/api/programmes/elders/initiatives', { name: 'Elders', kind: 'project' });
    const venrayInitiative = await call(admin, 'POST', '/api/programmes/gedeeld/initiatives', {
      name: 'Van Venray',
      kind: 'project',
      nodeIds: [ids.other, ids.otherChild],
    });
    ids.venrayInitiative = venrayInitiative.body.id as string;
    ids.venrayInitiativeLink = ((venrayInitiative.body.links as { id: string }[] | undefined) ?? [])[0]?.id ?? '';
    ids.otherList = await made(admin, 'POST', '/api/programmes/gedeeld/lists', { nodeId: ids.other, title: 'Lijst van Venray', items: [] });
    const r = await signIn(t, 'redacteur@venlo.test', {
      memberships: [{ programmeId: ids.programme ?? '', role: 'redacteur', organisationId: ids.venlo ?? null }],
    });
    redacteur = r.headers;
    ids.self = r.accountId;
  });
  afterAll(async () => t?.close());

  it('has an expected outcome for every write route the app has (and no stale entries)', () => {
    const writes = t.app.apiRoutes.filter((r) => WRITE.has(r.method)).map((r) => `${r.method} ${r.url}`);
    expect(
      writes.filter((w) => !(w in ATTACKS)),
      'schrijfroutes zonder verwachte uitkomst in ATTACKS',
    ).toEqual([]);
    expect(
      Object.keys(ATTACKS).filter((k) => !writes.includes(k)),
      'verouderde regels in ATTACKS',
    ).toEqual([]);
  });

  it('refuses every attack as the table says, changes nothing of theirs, and answers an invisible key as a missing one', async () => {
    const before = await theirs();
    const answers = new Map<string, { status: number; body: Record<string, unknown> }>();
    const mismatches: string[] = [];
    const entries = Object.entries(ATTACKS).sort(([a], [b]) => Number(a.endsWith('/logout')) - Number(b.endsWith('/logout')));
    for (const [route, attacks] of entries) {
      const [method = 'GET', pattern = ''] = route.split(' ');
      for (const attack of attacks) {
        const params = attack.params(ids);
        const url = pattern.replace(/:([A-Za-z]+)/g, (_m, name: string) => {
          const v = params[name];
          if (v === undefined) throw new Error(`${route}: geen waarde voor :${name}`);
          return encodeURIComponent(v);
        });
        const res = await call(redacteur, method, attack.query ? `${url}?${attack.query}` : url, attack.body?.(ids));
        answers.set(attack.name, res);
        if (res.status !== attack.status)
          mismatches.push(`${route} (${attack.name}): verwacht ${attack.status}, kreeg ${res.status} ${JSON.stringify(res.body)}`);
        if (res.status === 403 && (res.body.error as { message?: string } | undefined)?.message === undefined)
          mismatches.push(`${route} (${attack.name}): 403 zonder Nederlandse uitleg`);
        if (attack.same) {
          const twin = answers.get(attack.same);
          if (JSON.stringify(twin?.body).replaceAll(MISSING, '*') !== JSON.stringify(res.body).replace(/[0-9a-f-]{36}/g, '*')) {
            mismatches.push(
              `${route} (${attack.name}): antwoordt anders dan '${attack.same}': ${JSON.stringify(res.body)} ≠ ${JSON.stringify(twin?.body)}`,
            );
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(await theirs()).toEqual(before);
  });

  it('still lets the redacteur change what is theirs (the refusals are about scope, not a broken account)', async () => {
    const r = await signIn(t, 'redacteur2@venlo.test', {
      memberships: [{ programmeId: ids.programme ?? '', role: 'redacteur', organisationId: ids.venlo ?? null }],
    });
    const edit = await call(r.headers, 'PATCH', `/api/programmes/gedeeld/nodes/${ids.own2}`, { version: 1, title: 'Door Venlo aangepast' });
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);
    const child = await call(r.headers, 'POST', '/api/programmes/gedeeld/nodes', {
      parentId: ids.own2,
      title: 'Nieuw van Venlo',
      ownerOrganisationId: ids.venlo,
    });
    expect(child.status, JSON.stringify(child.body)).toBe(201);
    const milestone = await call(r.headers, 'POST', `/api/programmes/${ids.programme}/progress/milestones`, {
      nodeId: ids.own2,
      title: 'Eigen mijlpaal',
    });
    expect(milestone.status, JSON.stringify(milestone.body)).toBe(201);
    const sub = await call(r.headers, 'POST', '/api/programmes/gedeeld/renumber', { parentId: ids.own2 });
    expect(sub.status, JSON.stringify(sub.body)).toBe(200);
  });
});
