import { z } from 'zod';
import { DomainError, type ErrorDetail } from '../shared/errors';
import { ProgrammeDocumentSchema, type ProgrammeDocument } from './document';
import type { OrganisationKind } from './vocabulary';

/** An import error: where in the document (path), which field, and why, in Dutch. */
export interface DocumentProblem extends ErrorDetail {
  path: string;
  field: string;
  reason: string;
}

/** What already exists in the database, by key, so a document may refer to it. */
export interface KnownKeys {
  organisations: ReadonlyMap<string, OrganisationKind | string>;
  regions: ReadonlySet<string>;
  persons: ReadonlySet<string>;
}

type Path = readonly PropertyKey[];

function pathText(path: Path, input: unknown): string {
  let out = '';
  let cursor: unknown = input;
  for (const seg of path) {
    if (typeof seg === 'number') {
      out += `[${seg}]`;
      cursor = Array.isArray(cursor) ? cursor[seg] : undefined;
      // Name the node/organisation by its key too: "nodes[3] (a1.2)" is easier to find.
      const k = cursor && typeof cursor === 'object' && 'key' in cursor ? (cursor as { key: unknown }).key : undefined;
      if (typeof k === 'string') out += ` (${k})`;
    } else {
      out += out === '' ? String(seg) : `.${String(seg)}`;
      cursor = cursor && typeof cursor === 'object' ? (cursor as Record<string, unknown>)[String(seg)] : undefined;
    }
  }
  return out === '' ? '(document)' : out;
}

const fieldOf = (path: Path) => String([...path].reverse().find((s) => typeof s === 'string') ?? '(document)');

/**
 * A union ("tekst of object") that fails reports every branch; keep the branch that matched
 * the type of the input, so the author sees "onbekende termijn 'voorjaar'", not "ongeldige invoer".
 */
function flatten(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const branches = issue.errors.filter((b) => b.length > 0 && !b.every((i) => i.code === 'invalid_type' && i.path.length === 0));
  const best = branches[0];
  if (!best) return [issue];
  return best.flatMap((i) => flatten({ ...i, path: [...issue.path, ...i.path] } as z.core.$ZodIssue));
}

/** Parse a document; on failure a DomainError with every problem (path, field, reason). */
export function parseProgrammeDocument(input: unknown): ProgrammeDocument {
  const r = ProgrammeDocumentSchema.safeParse(input, { error: z.locales.nl().localeError });
  if (r.success) return r.data;
  const problems: DocumentProblem[] = r.error.issues.flatMap(flatten).map((i) => ({
    path: pathText(i.path, input),
    field: fieldOf(i.path),
    reason: i.message,
  }));
  throw documentError(problems);
}

export function documentError(problems: DocumentProblem[]): DomainError {
  const shown = problems
    .slice(0, 5)
    .map((p) => `${p.path}: ${p.reason}`)
    .join('; ');
  const more = problems.length > 5 ? ` (en nog ${problems.length - 5})` : '';
  return new DomainError(
    'IMPORT_FILE_INVALID',
    `Het programmadocument is niet ingelezen, er is niets opgeslagen. ${shown}${more}`,
    problems,
  );
}

/**
 * Check that every key a document uses points at something: in the document itself or already in
 * the database. Also: unique keys, a parent chain without cycles, municipalities that are gemeenten.
 */
export function checkDocumentReferences(doc: ProgrammeDocument, known: KnownKeys): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const add = (path: string, field: string, reason: string) => problems.push({ path, field, reason });

  const orgKind = new Map<string, string>(known.organisations);
  const uniq = (list: { key?: string | undefined }[], what: string, label: string) => {
    const seen = new Set<string>();
    list.forEach((it, i) => {
      if (it.key === undefined) return;
      if (seen.has(it.key)) add(`${what}[${i}] (${it.key})`, 'key', `${label} '${it.key}' komt twee keer voor`);
      seen.add(it.key);
    });
  };
  uniq(doc.organisations ?? [], 'organisations', 'organisatiesleutel');
  uniq(doc.regions ?? [], 'regions', 'regiosleutel');
  uniq(doc.persons ?? [], 'persons', 'persoonssleutel');
  uniq(doc.nodes, 'nodes', 'elementsleutel');
  uniq(doc.efforts ?? [], 'efforts', 'inspanningssleutel');

  const cbs = new Set<string>();
  (doc.organisations ?? []).forEach((o, i) => {
    if (!known.organisations.has(o.key)) orgKind.set(o.key, o.kind);
    if (o.cbsCode) {
      if (cbs.has(o.cbsCode)) add(`organisations[${i}] (${o.key})`, 'cbsCode', `CBS-code ${o.cbsCode} komt twee keer voor`);
      cbs.add(o.cbsCode);
    }
  });
  const regionKeys = new Set([...known.regions, ...(doc.regions ?? []).map((r) => r.key)]);
  const personKeys = new Set([...known.persons, ...(doc.persons ?? []).map((p) => p.key)]);
  const nodeKeys = new Set(doc.nodes.map((n) => n.key));

  const org = (path: string, field: string, k: string | null | undefined, gemeente = false) => {
    if (k === null || k === undefined) return;
    const kind = orgKind.get(k);
    if (kind === undefined) add(path, field, `onbekende organisatie '${k}'`);
    else if (gemeente && kind !== 'gemeente') add(path, field, `'${k}' is geen gemeente`);
  };

  (doc.regions ?? []).forEach((r, i) =>
    r.municipalities.forEach((m, j) => org(`regions[${i}] (${r.key}).municipalities[${j}]`, 'municipalities', m, true)),
  );
  (doc.persons ?? []).forEach((p, i) => org(`persons[${i}] (${p.key})`, 'organisation', p.organisation));
  org('programme', 'owner', doc.programme.owner);
  (doc.programme.partners ?? []).forEach((k, i) => org(`programme.partners[${i}]`, 'partners', k));
  if (doc.programme.region && !regionKeys.has(doc.programme.region))
    add('programme', 'region', `onbekende regio '${doc.programme.region}'`);

  const parentOf = new Map(doc.nodes.map((n) => [n.key, n.parentKey ?? null]));
  doc.nodes.forEach((n, i) => {
    const at = `nodes[${i}] (${n.key})`;
    if (n.parentKey && !nodeKeys.has(n.parentKey)) add(at, 'parentKey', `onbekend bovenliggend element '${n.parentKey}'`);
    else if (n.parentKey) {
      // Walk up: a chain that returns to this node is a cycle.
      const seen = new Set<string>([n.key]);
      let up: string | null = n.parentKey;
      while (up !== null) {
        if (seen.has(up)) {
          add(at, 'parentKey', 'de bovenliggende elementen vormen een kring');
          break;
        }
        seen.add(up);
        up = parentOf.get(up) ?? null;
      }
    }
    org(at, 'owner', n.owner);
    (n.trekkers ?? []).forEach((t, j) => {
      if ('organisation' in t) org(`${at}.trekkers[${j}]`, 'organisation', t.organisation);
      else if (!personKeys.has(t.person)) add(`${at}.trekkers[${j}]`, 'person', `onbekende persoon '${t.person}'`);
    });
    (n.municipalities ?? []).forEach((m, j) => org(`${at}.municipalities[${j}]`, 'municipalities', m, true));
    (n.excludedMunicipalities ?? []).forEach((m, j) => org(`${at}.excludedMunicipalities[${j}]`, 'excludedMunicipalities', m, true));
  });

  (doc.efforts ?? []).forEach((e, i) => {
    const at = `efforts[${i}]${e.key ? ` (${e.key})` : ''}`;
    if ('organisation' in e.partner) org(`${at}.partner`, 'organisation', e.partner.organisation);
    e.goals.forEach((g, j) => {
      if (!nodeKeys.has(g)) add(`${at}.goals[${j}]`, 'goals', `onbekend doel '${g}'`);
    });
  });

  (doc.links ?? []).forEach((l, i) => {
    if (!nodeKeys.has(l.from)) add(`links[${i}]`, 'from', `onbekend element '${l.from}'`);
    if (typeof l.to === 'string' && !nodeKeys.has(l.to)) add(`links[${i}]`, 'to', `onbekend element '${l.to}'`);
    if (typeof l.to === 'string' && l.to === l.from) add(`links[${i}]`, 'to', 'een element kan niet naar zichzelf verwijzen');
  });

  const pr = doc.progress;
  const nodeRef = (path: string, k: string) => {
    if (!nodeKeys.has(k)) add(path, 'node', `onbekend element '${k}'`);
  };
  pr?.weights?.forEach((w, i) => nodeRef(`progress.weights[${i}]`, w.node));
  pr?.milestones?.forEach((m, i) => nodeRef(`progress.milestones[${i}]`, m.node));
  pr?.overrides?.forEach((o, i) => nodeRef(`progress.overrides[${i}]`, o.node));
  pr?.updates?.forEach((u, i) => {
    nodeRef(`progress.updates[${i}]`, u.node);
    if (u.organisation && !orgKind.has(u.organisation))
      add(`progress.updates[${i}]`, 'organisation', `onbekende organisatie '${u.organisation}'`);
  });
  const updates = pr?.updates?.length ?? 0;
  const corrected = new Set<number>();
  pr?.updates?.forEach((u, i) => {
    if (u.corrects === null || u.corrects === undefined) return;
    const at = `progress.updates[${i}]`;
    if (u.corrects >= updates) add(at, 'corrects', `er is geen update nummer ${u.corrects}`);
    else if (u.corrects === i) add(at, 'corrects', 'een update kan zichzelf niet corrigeren');
    else if (pr.updates?.[u.corrects]?.node !== u.node)
      add(at, 'corrects', 'een correctie hoort bij hetzelfde element als de update die zij vervangt');
    else if (corrected.has(u.corrects)) add(at, 'corrects', `update ${u.corrects} is al door een andere update gecorrigeerd`);
    corrected.add(u.corrects);
  });
  pr?.lifecycle?.forEach((l, i) => nodeRef(`progress.lifecycle[${i}]`, l.node));
  pr?.periods?.forEach((p, i) => {
    if (p.endDate < p.startDate) add(`progress.periods[${i}]`, 'endDate', 'einddatum ligt voor de begindatum');
    p.locked?.snapshot.forEach((x, j) => {
      nodeRef(`progress.periods[${i}].locked.snapshot[${j}]`, x.node);
      if (x.lastUpdate !== null && x.lastUpdate >= updates)
        add(`progress.periods[${i}].locked.snapshot[${j}]`, 'lastUpdate', `er is geen update nummer ${x.lastUpdate}`);
    });
  });
  return problems;
}
