import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors';
import { adoptionCounts, linkProblem, matchesPractice, normalisePracticeLists, type FilterablePractice } from './practice';

describe('linkProblem', () => {
  it('accepts http and https addresses with a domain', () => {
    expect(linkProblem('https://www.movisie.nl/interventie/x')).toBeNull();
    expect(linkProblem('http://example.org')).toBeNull();
  });
  it('refuses other schemes, relative text and credentials', () => {
    expect(linkProblem('javascript:alert(1)')).toMatch(/alleen http/);
    expect(linkProblem('ftp://files.example.org/a')).toMatch(/alleen http/);
    expect(linkProblem('www.example.org')).toMatch(/geen volledig webadres/);
    expect(linkProblem('https://intranet/pagina')).toMatch(/domeinnaam/);
    expect(linkProblem('https://jan:geheim@example.org')).toMatch(/wachtwoord/);
  });
});

describe('normalisePracticeLists', () => {
  it('drops empty entries, dedupes tags case-insensitively and keeps the order', () => {
    const r = normalisePracticeLists({
      workingComponents: [' Eigen regie ', '', 'Ervaringsdeskundigheid'],
      links: ['https://a.example.org', ' ', 'https://a.example.org'],
      tags: ['Wonen', 'wonen ', ' Herstel  ondersteuning', ''],
    });
    expect(r).toEqual({
      workingComponents: ['Eigen regie', 'Ervaringsdeskundigheid'],
      links: ['https://a.example.org'],
      tags: ['wonen', 'herstel ondersteuning'],
    });
  });
  it('refuses a bad link naming its position, never drops it silently', () => {
    try {
      normalisePracticeLists({ workingComponents: [], links: ['https://ok.example.org', 'mailto:a@b.nl'], tags: [] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).details).toEqual([
        { field: 'links[1]', reason: "alleen http- of https-adressen, niet 'mailto:'", value: 'mailto:a@b.nl' },
      ]);
    }
  });
});

const practice = (over: Partial<FilterablePractice> = {}): FilterablePractice => ({
  title: 'Housing First',
  summary: 'Eerst een woning, dan begeleiding.',
  targetGroup: 'Dakloze mensen met complexe problemen',
  originText: null,
  originOrganisationId: null,
  workingComponents: ['Huurcontract op eigen naam'],
  tags: ['wonen'],
  adoptions: [],
  ...over,
});

describe('matchesPractice', () => {
  const venlo = 'venlo';
  const p = practice({
    adoptions: [
      { organisationId: venlo, status: 'ingevoerd' },
      { organisationId: 'venray', status: 'overwogen' },
    ],
  });
  it('filters by tag (normalised)', () => {
    expect(matchesPractice(p, { tag: ' Wonen' })).toBe(true);
    expect(matchesPractice(p, { tag: 'preventie' })).toBe(false);
  });
  it('filters by gemeente: adopted with any status or started there', () => {
    expect(matchesPractice(p, { organisationId: venlo })).toBe(true);
    expect(matchesPractice(p, { organisationId: 'horst' })).toBe(false);
    expect(matchesPractice(practice({ originOrganisationId: 'horst' }), { organisationId: 'horst' })).toBe(true);
  });
  it('combines gemeente and status as that gemeente’s status; status alone is any gemeente’s', () => {
    expect(matchesPractice(p, { organisationId: venlo, status: 'ingevoerd' })).toBe(true);
    expect(matchesPractice(p, { organisationId: venlo, status: 'overwogen' })).toBe(false);
    expect(matchesPractice(p, { status: 'overwogen' })).toBe(true);
    expect(matchesPractice(p, { status: 'gestopt' })).toBe(false);
  });
  it('matches every typed word in any text field, without accents or case', () => {
    expect(matchesPractice(p, { q: 'HUURCONTRACT woning' })).toBe(true);
    expect(matchesPractice(practice({ targetGroup: 'cliënten' }), { q: 'client' })).toBe(true);
    expect(matchesPractice(p, { q: 'woning preventie' })).toBe(false);
  });
});

describe('adoptionCounts', () => {
  it('counts gemeenten per status', () => {
    expect(adoptionCounts([{ status: 'ingevoerd' }, { status: 'ingevoerd' }, { status: 'gestopt' }])).toEqual({ ingevoerd: 2, gestopt: 1 });
  });
});
