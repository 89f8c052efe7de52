import { DomainError, type ErrorDetail } from '../shared/errors';
import type { AdoptionStatus } from './vocabulary';

/**
 * Good practices (goede voorbeelden): the rules over their lists and the list filter. Pure.
 */

/** Why `value` is not an http(s) address a visitor can follow, or null when it is one. */
export function linkProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'geen volledig webadres (begin met https://)';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `alleen http- of https-adressen, niet '${url.protocol}'`;
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return 'het adres mist een domeinnaam';
  if (url.username || url.password) return 'een adres met een gebruikersnaam of wachtwoord wordt niet bewaard';
  return null;
}

/** A tag as stored: trimmed, inner spaces collapsed, lower case (so "Wonen" and "wonen " are one tag). */
export const normaliseTag = (tag: string): string => tag.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl-NL');

export interface PracticeLists {
  workingComponents: readonly string[];
  links: readonly string[];
  tags: readonly string[];
}

/**
 * The lists as stored: empty entries dropped, tags normalised and deduplicated, links checked.
 * A bad link is refused with its position (`links[2]`) and the reason, never dropped silently.
 */
export function normalisePracticeLists(input: PracticeLists): { workingComponents: string[]; links: string[]; tags: string[] } {
  const problems: ErrorDetail[] = [];
  const links: string[] = [];
  input.links.forEach((raw, i) => {
    const value = raw.trim();
    if (!value) return;
    const problem = linkProblem(value);
    if (problem) problems.push({ field: `links[${i}]`, reason: problem, value });
    else if (!links.includes(value)) links.push(value);
  });
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', 'Een link is geen geldig webadres.', problems);
  const tags: string[] = [];
  for (const t of input.tags.map(normaliseTag)) if (t && !tags.includes(t)) tags.push(t);
  return { workingComponents: input.workingComponents.map((c) => c.trim()).filter((c) => c !== ''), links, tags };
}

/** Lower case without accents, for matching typed text ("cliënt" finds "client"). */
export const foldText = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('nl-NL');

/** What the list filter looks at of one practice. */
export interface FilterablePractice {
  title: string;
  summary: string | null;
  targetGroup: string | null;
  originText: string | null;
  originOrganisationId: string | null;
  workingComponents: readonly string[];
  tags: readonly string[];
  adoptions: readonly { organisationId: string; status: AdoptionStatus | string }[];
}

export interface PracticeFilter {
  tag?: string;
  /** A gemeente: practices it adopted (any status, or `status`) or that started there. */
  organisationId?: string;
  /** An adoption status: practices adopted with this status (by `organisationId` when given, else by any gemeente). */
  status?: string;
  /** Free text: every word must occur in title, summary, target group, origin, working components or tags. */
  q?: string;
}

/** Does `p` pass every part of the filter that is set? */
export function matchesPractice(p: FilterablePractice, f: PracticeFilter): boolean {
  if (f.tag && !p.tags.includes(normaliseTag(f.tag))) return false;
  if (f.organisationId) {
    const adoption = p.adoptions.find((a) => a.organisationId === f.organisationId);
    if (f.status) {
      if (adoption?.status !== f.status) return false;
    } else if (!adoption && p.originOrganisationId !== f.organisationId) return false;
  } else if (f.status && !p.adoptions.some((a) => a.status === f.status)) return false;
  const words = foldText(f.q ?? '')
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length > 0) {
    const text = foldText(
      [p.title, p.summary, p.targetGroup, p.originText, ...p.workingComponents, ...p.tags].filter(Boolean).join(' \n '),
    );
    if (!words.every((w) => text.includes(w))) return false;
  }
  return true;
}

/** How many gemeenten have a practice in each status (for the list and the detail page). */
export function adoptionCounts(adoptions: readonly { status: string }[]): Partial<Record<AdoptionStatus, number>> {
  const counts: Partial<Record<AdoptionStatus, number>> = {};
  for (const a of adoptions) {
    const s = a.status as AdoptionStatus;
    counts[s] = (counts[s] ?? 0) + 1;
  }
  return counts;
}
