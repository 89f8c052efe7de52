import { describe, expect, it } from 'vitest';
import { checkServiceFields } from '../src/domain/social-map/service';
import { referenceOrganisations } from './reference/organisations';
import { DEMO_SERVICES } from './social-map-demo';

describe('social map demo', () => {
  const byKey = new Map(referenceOrganisations.map((o) => [o.key, o]));
  it('names only gemeenten and organisations of the reference data', () => {
    for (const s of DEMO_SERVICES) {
      for (const k of s.municipalities) expect(byKey.get(k)?.kind, `${s.name}: ${k}`).toBe('gemeente');
      if (s.provider && 'key' in s.provider) expect(byKey.has(s.provider.key), `${s.name}: ${s.provider.key}`).toBe(true);
    }
  });
  it('flags every service with made-up hours as demo, and passes the field checks', () => {
    for (const s of DEMO_SERVICES) {
      if (s.openingHours) expect(s.isDemo, s.name).toBe(true);
      const problems = checkServiceFields({
        name: s.name,
        kind: s.kind,
        description: s.description ?? null,
        targetGroup: s.targetGroup ?? null,
        providerOrganisationId: null,
        providerName: null,
        address: null,
        phone: null,
        email: null,
        website: null,
        openingHours: s.openingHours ?? null,
        withoutReferral: s.withoutReferral ?? null,
        waitingTimeNote: s.waitingTimeNote ?? null,
        municipalityIds: s.municipalities,
        published: true,
        isDemo: false,
      });
      expect(problems, s.name).toEqual([]);
    }
  });
  it('covers the three seed regions with low-threshold help', () => {
    const kinds = (keys: string[]) => DEMO_SERVICES.filter((s) => s.municipalities.some((m) => keys.includes(m))).map((s) => s.kind);
    expect(kinds(['venlo'])).toContain('inloop');
    expect(kinds(['groningen'])).toContain('inloop');
    expect(kinds(['lelystad'])).toEqual(expect.arrayContaining(['meldpunt', 'crisisdienst', 'clientondersteuning']));
  });
});
