import { describe, expect, it } from 'vitest';
import { municipalityLabel, parseMunicipalityRef, serviceRow, SOCIAL_MAP_HEADERS, splitMunicipalities } from './columns';
import { mayWriteService, mayWriteSomeService } from './rights';
import { checkServiceFields, normaliseWebsite, sameServiceFields, type ServiceFields } from './service';
import { parseServiceKind, parseWithoutReferral, SERVICE_KIND_INFO, SERVICE_KINDS, withoutReferralLabel } from './vocabulary';
import type { ServiceView } from './responses';

const fields = (over: Partial<ServiceFields> = {}): ServiceFields => ({
  name: 'Inloop',
  kind: 'inloop',
  description: null,
  targetGroup: null,
  providerOrganisationId: null,
  providerName: null,
  address: null,
  phone: null,
  email: null,
  website: null,
  openingHours: null,
  withoutReferral: null,
  waitingTimeNote: null,
  municipalityIds: ['g1'],
  published: false,
  isDemo: false,
  ...over,
});

describe('social-map vocabulary', () => {
  it('reads a kind by its stored word, Dutch or English label, ignoring case and accents', () => {
    expect(parseServiceKind('Cliëntondersteuning')).toBe('clientondersteuning');
    expect(parseServiceKind('clientondersteuning')).toBe('clientondersteuning');
    expect(parseServiceKind('Self-help group')).toBe('zelfhulpgroep');
    expect(parseServiceKind('CRISISDIENST')).toBe('crisisdienst');
    expect(parseServiceKind('koffie')).toBeNull();
    expect(parseServiceKind('')).toBeNull();
  });
  it('has a Dutch and English label and an explanation for every kind, all labels distinct', () => {
    for (const k of SERVICE_KINDS) expect(SERVICE_KIND_INFO[k].uitleg.length).toBeGreaterThan(10);
    const labels = SERVICE_KINDS.map((k) => SERVICE_KIND_INFO[k].nl.toLowerCase());
    expect(new Set(labels).size).toBe(SERVICE_KINDS.length);
    for (const k of SERVICE_KINDS) expect(parseServiceKind(SERVICE_KIND_INFO[k].nl)).toBe(k);
  });
  it('keeps unknown apart from no: empty and "onbekend" are null, "nee" is false, nonsense is refused', () => {
    expect(parseWithoutReferral('Ja')).toBe(true);
    expect(parseWithoutReferral('nee')).toBe(false);
    expect(parseWithoutReferral('')).toBeNull();
    expect(parseWithoutReferral('onbekend')).toBeNull();
    expect(parseWithoutReferral('misschien')).toBeUndefined();
    expect([true, false, null].map(withoutReferralLabel)).toEqual(['ja', 'nee', 'onbekend']);
  });
});

describe('social-map fields', () => {
  it('accepts a minimal service and names every problem field by field', () => {
    expect(checkServiceFields(fields())).toEqual([]);
    const problems = checkServiceFields(
      fields({
        name: ' ',
        email: 'info(at)x.nl',
        website: 'ftp://x',
        phone: 'bel maar',
        municipalityIds: [],
        providerOrganisationId: 'o1',
        providerName: 'Ook',
      }),
    );
    expect(problems.map((p) => p.field)).toEqual(['name', 'providerName', 'email', 'website', 'phone', 'municipalityIds']);
    expect(checkServiceFields(fields({ municipalityIds: ['g1', 'g1'] }))[0]?.reason).toContain('twee keer');
    expect(checkServiceFields(fields({ name: 'x'.repeat(501) }))[0]).toEqual({ field: 'name', reason: 'hoogstens 500 tekens' });
  });
  it('adds https:// to a website starting with www. only', () => {
    expect(normaliseWebsite('www.x.nl')).toBe('https://www.x.nl');
    expect(normaliseWebsite('http://x.nl')).toBe('http://x.nl');
  });
  it('compares municipalities as a set', () => {
    expect(sameServiceFields(fields({ municipalityIds: ['a', 'b'] }), fields({ municipalityIds: ['b', 'a'] }))).toBe(true);
    expect(sameServiceFields(fields({ withoutReferral: null }), fields({ withoutReferral: false }))).toBe(false);
  });
});

describe('social-map columns', () => {
  it('reads a municipality as "Naam (code)", a code with or without GM, or a name', () => {
    expect(parseMunicipalityRef('Venlo (0983)')).toEqual({ name: 'Venlo', code: '0983' });
    expect(parseMunicipalityRef('GM0983')).toEqual({ name: null, code: '0983' });
    expect(parseMunicipalityRef('Horst aan de Maas')).toEqual({ name: 'Horst aan de Maas', code: null });
    expect(splitMunicipalities('Venlo (0983); Venray (0984)\nHorst')).toEqual(['Venlo (0983)', 'Venray (0984)', 'Horst']);
    expect(municipalityLabel({ id: 'x', name: 'Venlo', cbsCode: '0983' })).toBe('Venlo (0983)');
  });
  it('writes one cell per header, with labels a person reads (ja/nee/onbekend, the kind label)', () => {
    const view: ServiceView = {
      id: 'id-1',
      name: 'Meldpunt',
      kind: 'meldpunt',
      kindLabel: 'Meldpunt',
      description: null,
      targetGroup: 'Iedereen',
      provider: { organisationId: 'o', name: 'GGD' },
      address: null,
      phone: null,
      email: null,
      website: null,
      openingHours: null,
      withoutReferral: null,
      waitingTimeNote: null,
      municipalities: [
        { id: 'a', name: 'Venlo', cbsCode: '0983' },
        { id: 'b', name: 'Beesel', cbsCode: '0889' },
      ],
      published: true,
      isDemo: false,
      updatedOn: '07-12-2026',
      updatedAt: '',
      version: 1,
      mayEdit: false,
    };
    const row = serviceRow(view);
    expect(row).toHaveLength(SOCIAL_MAP_HEADERS.length);
    const cell = (h: string) => row[SOCIAL_MAP_HEADERS.indexOf(h)];
    expect(cell('Soort')).toBe('Meldpunt');
    expect(cell('Gemeenten')).toBe('Venlo (0983); Beesel (0889)');
    expect(cell('Zonder verwijzing (ja/nee/onbekend)')).toBe('onbekend');
    expect(cell('Gepubliceerd (ja/nee)')).toBe('ja');
  });
});

describe('social-map rights', () => {
  const user = (memberships: { role: 'lezer' | 'redacteur' | 'beheerder'; organisationId: string | null }[]) => ({
    kind: 'user' as const,
    platformRoles: [],
    memberships: memberships.map((m) => ({ programmeId: 'p', ...m })),
  });
  it('lets the provider and a gemeente for its own services write, and nobody else', () => {
    const venlo = user([{ role: 'redacteur', organisationId: 'venlo' }]);
    expect(mayWriteService(venlo, { providerOrganisationId: null, municipalityIds: ['venlo'] })).toBe(true);
    expect(mayWriteService(venlo, { providerOrganisationId: null, municipalityIds: ['venlo', 'venray'] })).toBe(false);
    expect(mayWriteService(venlo, { providerOrganisationId: 'venlo', municipalityIds: ['venray'] })).toBe(true);
    expect(
      mayWriteService(user([{ role: 'lezer', organisationId: 'venlo' }]), { providerOrganisationId: 'venlo', municipalityIds: [] }),
    ).toBe(false);
    expect(
      mayWriteService(user([{ role: 'beheerder', organisationId: null }]), { providerOrganisationId: null, municipalityIds: [] }),
    ).toBe(false);
    expect(
      mayWriteService(
        { kind: 'user', platformRoles: ['beheerder'], memberships: [] },
        { providerOrganisationId: null, municipalityIds: ['x'] },
      ),
    ).toBe(true);
    expect(
      mayWriteService({ kind: 'anonymous', platformRoles: [], memberships: [] }, { providerOrganisationId: 'venlo', municipalityIds: [] }),
    ).toBe(false);
    expect(mayWriteSomeService(venlo)).toBe(true);
    expect(mayWriteSomeService(user([{ role: 'lezer', organisationId: 'venlo' }]))).toBe(false);
  });
});
