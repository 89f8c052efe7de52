import type { Db } from '../../../db/database';
import { mayCreateReferenceData } from '../../../domain/access/rules';
import { assertMayCreateProgramme } from './create-programme';
import { inTransaction } from '../../../db/database';
import { nodeByProgrammeSlugAndKey } from '../../../db/queries/node';
import { organisationsByKeys, personsByKeys, regionsByKeys } from '../../../db/queries/organisation';
import { programmeBySlug } from '../../../db/queries/programme';
import {
  effort,
  effortGoal,
  gapAnalysis,
  node,
  nodeLink,
  nodeMunicipality,
  nodeTrekker,
  person,
  programme,
  programmePartner,
} from '../../../db/schema';
import {
  checkDocumentReferences,
  documentError,
  parseProgrammeDocument,
  type DocumentProblem,
} from '../../../domain/programme/document-check';
import type { ProgrammeDocument } from '../../../domain/programme/document';
import type { Clock } from '../../../domain/shared/clock';
import { writeGapBudgetLine } from '../finance/gap-budget-line';
import { recordAudit, recordAudits, type AuditEntry } from '../../audit/record-audit';
import { insertMissingOrganisations, insertMissingRegions } from '../organisation/ensure-reference-data';
import type { Actor } from '../../auth/actor';
import { importProgress } from './import-progress';
import { budgetColumns } from './save-gap-analysis';
import { toDeadline } from './node-fields';
import { SLUG } from './programme-fields';

export interface ImportProgrammeOptions {
  /** The document as read from JSON (validated here). */
  document: unknown;
  /** Import as a copy: a new slug (and title) instead of the document's. */
  slug?: string;
  title?: string;
}

export interface ImportResult {
  id: string;
  slug: string;
  nodes: number;
  efforts: number;
  organisationsCreated: number;
}

function allOrgKeys(doc: ProgrammeDocument): string[] {
  return [
    ...(doc.organisations ?? []).map((o) => o.key),
    ...(doc.regions ?? []).flatMap((r) => r.municipalities),
    ...(doc.persons ?? []).flatMap((x) => (x.organisation ? [x.organisation] : [])),
    ...(doc.programme.owner ? [doc.programme.owner] : []),
    ...(doc.programme.partners ?? []),
    ...doc.nodes.flatMap((n) => [
      ...(n.owner ? [n.owner] : []),
      ...(n.municipalities ?? []),
      ...(n.excludedMunicipalities ?? []),
      ...(n.trekkers ?? []).flatMap((t) => ('organisation' in t ? [t.organisation] : [])),
    ]),
    ...(doc.efforts ?? []).flatMap((e) => ('organisation' in e.partner ? [e.partner.organisation] : [])),
  ];
}

/**
 * Import a programme document as a new programme, all or nothing. Organisations, regions and
 * persons are matched by key: an existing one is reused as it is, a new one is created.
 * Every problem is reported at once (path, field, reason in Dutch); then nothing is written.
 */
export async function importProgramme(db: Db, actor: Actor, opts: ImportProgrammeOptions, clock: Clock): Promise<ImportResult> {
  assertMayCreateProgramme(actor);
  const parsed = parseProgrammeDocument(opts.document);
  const doc: ProgrammeDocument = {
    ...parsed,
    programme: { ...parsed.programme, slug: opts.slug ?? parsed.programme.slug, title: opts.title ?? parsed.programme.title },
  };
  return inTransaction(db, async (tx) => {
    const orgs = new Map((await organisationsByKeys(tx, [...new Set(allOrgKeys(doc))])).map((o) => [o.key, o]));
    const regionKeys = [...(doc.regions ?? []).map((r) => r.key), ...(doc.programme.region ? [doc.programme.region] : [])];
    const regions = new Map((await regionsByKeys(tx, regionKeys)).map((r) => [r.key, r]));
    const personKeys = [
      ...(doc.persons ?? []).map((x) => x.key),
      ...doc.nodes.flatMap((n) => (n.trekkers ?? []).flatMap((t) => ('person' in t ? [t.person] : []))),
    ];
    const persons = new Map((await personsByKeys(tx, personKeys)).map((x) => [x.key, x]));

    const problems: DocumentProblem[] = checkDocumentReferences(doc, {
      organisations: new Map([...orgs.values()].map((o) => [o.key, o.kind])),
      regions: new Set(regions.keys()),
      persons: new Set(persons.keys()),
    });
    if (opts.slug !== undefined && !SLUG.test(opts.slug))
      problems.push({ path: 'programme', field: 'slug', reason: 'alleen kleine letters, cijfers en streepjes' });
    if (await programmeBySlug(tx, doc.programme.slug)) {
      problems.push({
        path: 'programme',
        field: 'slug',
        reason: `er is al een programma met slug '${doc.programme.slug}'; importeer als kopie met een nieuwe slug`,
      });
    }
    const externalTargets = new Map<string, string>();
    for (const [i, l] of (doc.links ?? []).entries()) {
      if (typeof l.to === 'string') continue;
      const target = await nodeByProgrammeSlugAndKey(tx, l.to.programme, l.to.node);
      if (target) externalTargets.set(`${l.to.programme}/${l.to.node}`, target.id);
      else
        problems.push({ path: `links[${i}]`, field: 'to', reason: `element '${l.to.node}' in programma '${l.to.programme}' bestaat niet` });
    }
    if (!mayCreateReferenceData(actor)) {
      // Reference data is shared by every programme: without that right an import only links to what exists.
      const refuse = (path: string, what: string, key: string) =>
        problems.push({
          path,
          field: 'key',
          reason: `${what} '${key}' bestaat nog niet; alleen een platformbeheerder maakt nieuwe ${what}s aan`,
        });
      for (const [i, o] of (doc.organisations ?? []).entries()) if (!orgs.has(o.key)) refuse(`organisations[${i}]`, 'organisatie', o.key);
      for (const [i, r] of (doc.regions ?? []).entries()) if (!regions.has(r.key)) refuse(`regions[${i}]`, 'regio', r.key);
      for (const [i, x] of (doc.persons ?? []).entries()) if (!persons.has(x.key)) refuse(`persons[${i}]`, 'persoon', x.key);
    }
    if (problems.length > 0) throw documentError(problems);

    // Reference data that is new (existing keys are reused as they are).
    const organisationsCreated = await insertMissingOrganisations(tx, actor, doc.organisations ?? [], orgs, clock);
    const orgId = (k: string | null | undefined) => {
      if (!k) return null;
      const o = orgs.get(k);
      if (!o) throw new Error(`organisation ${k} vanished`);
      return o.id;
    };
    await insertMissingRegions(tx, actor, doc.regions ?? [], regions, orgs, clock);
    for (const x of doc.persons ?? []) {
      if (persons.has(x.key)) continue;
      const [row] = await tx
        .insert(person)
        .values({
          key: x.key,
          name: x.name,
          organisationId: orgId(x.organisation),
          email: x.email ?? null,
          phone: x.phone ?? null,
          roles: x.roles ?? [],
          createdAt: clock.now(),
          updatedAt: clock.now(),
        })
        .returning();
      if (!row) throw new Error('insert person returned no row');
      await recordAudit(tx, actor, { action: 'create', entityType: 'person', entityId: row.id, after: row }, clock);
      persons.set(x.key, row);
    }

    // The programme.
    const dp = doc.programme;
    const [prog] = await tx
      .insert(programme)
      .values({
        slug: dp.slug,
        title: dp.title,
        shortName: dp.shortName ?? null,
        description: dp.description ?? null,
        levelLabels: dp.levelLabels,
        periodStart: dp.periodStart ?? null,
        periodEnd: dp.periodEnd ?? null,
        status: dp.status ?? 'actief',
        regionId: dp.region ? (regions.get(dp.region)?.id ?? null) : null,
        ownerOrganisationId: orgId(dp.owner),
        documentVersion: dp.documentVersion ?? null,
        adoptedOn: dp.adoptedOn ?? null,
        adoptedBy: dp.adoptedBy ?? null,
        replaces: dp.replaces ?? null,
        vision: dp.vision ?? null,
        goal: dp.goal ?? null,
        createdAt: clock.now(),
        updatedAt: clock.now(),
      })
      .returning();
    if (!prog) throw new Error('insert programme returned no row');
    const partnerKeys = [...new Set(dp.partners ?? [])];
    if (partnerKeys.length > 0) {
      await tx
        .insert(programmePartner)
        .values(partnerKeys.map((k, i) => ({ programmeId: prog.id, organisationId: orgId(k) ?? '', position: i })));
    }

    // Nodes, parents first; position = order among siblings in the document.
    const nodeIds = new Map<string, string>();
    const depth = new Map<string, number>();
    const parentOf = new Map(doc.nodes.map((n) => [n.key, n.parentKey ?? null]));
    const depthOf = (k: string): number => {
      const known = depth.get(k);
      if (known !== undefined) return known;
      const parent = parentOf.get(k) ?? null;
      const d = parent === null ? 0 : depthOf(parent) + 1;
      depth.set(k, d);
      return d;
    };
    const ordered = [...doc.nodes].sort((a, b) => depthOf(a.key) - depthOf(b.key));
    const siblingCount = new Map<string | null, number>();
    const positions = new Map<string, number>();
    for (const n of doc.nodes) {
      const parent = n.parentKey ?? null;
      const pos = siblingCount.get(parent) ?? 0;
      positions.set(n.key, pos);
      siblingCount.set(parent, pos + 1);
    }
    // One multi-row insert per depth, then the lists; audit entries are written in one go at the end.
    const audits: AuditEntry[] = [];
    const byDepth = new Map<number, typeof doc.nodes>();
    for (const n of ordered) byDepth.set(depthOf(n.key), [...(byDepth.get(depthOf(n.key)) ?? []), n]);
    const nodeRows = new Map<string, typeof node.$inferSelect>();
    for (const level of [...byDepth.keys()].sort((a, b) => a - b)) {
      const values = (byDepth.get(level) ?? []).map((n) => {
        const d = toDeadline(n.deadline ?? null);
        return {
          programmeId: prog.id,
          parentId: n.parentKey ? (nodeIds.get(n.parentKey) ?? null) : null,
          position: positions.get(n.key) ?? 0,
          key: n.key,
          code: n.code ?? null,
          title: n.title,
          description: n.description ?? null,
          level: n.level ?? depthOf(n.key),
          scope: n.scope ?? null,
          ownerOrganisationId: orgId(n.owner),
          deadlineGrain: d.grain,
          deadlineWording: d.wording,
          deadlineStart: d.start,
          deadlineEnd: d.end,
          doelstelling: n.doelstelling ?? null,
          expectedResult: n.expectedResult ?? null,
          sections: n.sections ?? [],
          aliases: n.aliases ?? [],
          createdAt: clock.now(),
          updatedAt: clock.now(),
        };
      });
      for (const row of await tx.insert(node).values(values).returning()) {
        nodeIds.set(row.key, row.id);
        nodeRows.set(row.key, row);
      }
    }
    const nodeId = (k: string) => nodeIds.get(k) ?? '';
    const trekkerRows = doc.nodes.flatMap((n) =>
      (n.trekkers ?? []).map((t, i) => ({
        nodeId: nodeId(n.key),
        position: i,
        personId: 'person' in t ? (persons.get(t.person)?.id ?? null) : null,
        organisationId: 'organisation' in t ? orgId(t.organisation) : null,
      })),
    );
    const muniRows = doc.nodes.flatMap((n) => [
      ...[...new Set(n.municipalities ?? [])].map((m, i) => ({
        nodeId: nodeId(n.key),
        organisationId: orgId(m) ?? '',
        position: i,
        excluded: false,
      })),
      ...[...new Set(n.excludedMunicipalities ?? [])].map((m, i) => ({
        nodeId: nodeId(n.key),
        organisationId: orgId(m) ?? '',
        position: i,
        excluded: true,
      })),
    ]);
    const gapRows = doc.nodes.flatMap((n) => {
      const g = n.gapAnalysis;
      if (!g) return [];
      const budget = g.budget
        ? { kind: g.budget.kind, cents: g.budget.cents ?? null, fund: g.budget.fund ?? null, note: g.budget.note ?? null }
        : null;
      return [
        {
          nodeId: nodeId(n.key),
          currentPractices: g.currentPractices ?? [],
          hiaat: g.hiaat ?? null,
          voorstel: g.voorstel ?? null,
          ...budgetColumns(budget),
        },
      ];
    });
    if (trekkerRows.length > 0) await tx.insert(nodeTrekker).values(trekkerRows);
    if (muniRows.length > 0) await tx.insert(nodeMunicipality).values(muniRows);
    if (gapRows.length > 0) await tx.insert(gapAnalysis).values(gapRows);
    // Each gap-analysis budget is also the node's budget line (issue 22): the import writes both.
    for (const n of doc.nodes) {
      const b = n.gapAnalysis?.budget;
      if (b) await writeGapBudgetLine(tx, { programmeId: prog.id, nodeId: nodeId(n.key), budget: b }, clock);
    }
    for (const n of doc.nodes) {
      const row = nodeRows.get(n.key);
      if (!row) continue;
      audits.push({
        action: 'import',
        entityType: 'node',
        entityId: row.id,
        programmeId: prog.id,
        after: {
          ...row,
          trekkers: trekkerRows.filter((t) => t.nodeId === row.id).map((t) => ({ personId: t.personId, organisationId: t.organisationId })),
          municipalityIds: muniRows.filter((m) => m.nodeId === row.id).map((m) => m.organisationId),
          gapAnalysis: n.gapAnalysis ?? null,
        },
      });
    }

    // Efforts (a network: one effort, several goals).
    const usedKeys = new Set((doc.efforts ?? []).flatMap((e) => (e.key ? [e.key] : [])));
    let seq = 0;
    const freshKey = () => {
      let k: string;
      do k = `i${++seq}`;
      while (usedKeys.has(k));
      usedKeys.add(k);
      return k;
    };
    const effortDocs = (doc.efforts ?? []).map((e, i) => ({ e, key: e.key ?? freshKey(), position: i }));
    if (effortDocs.length > 0) {
      const rows = await tx
        .insert(effort)
        .values(
          effortDocs.map(({ e, key, position }) => ({
            programmeId: prog.id,
            key,
            partnerOrganisationId: 'organisation' in e.partner ? orgId(e.partner.organisation) : null,
            partnerGroup: 'group' in e.partner ? e.partner.group : null,
            text: e.geen ? null : (e.text ?? null),
            isNone: e.geen ?? false,
            position,
            createdAt: clock.now(),
            updatedAt: clock.now(),
          })),
        )
        .returning();
      const byKey = new Map(rows.map((r) => [r.key, r]));
      const goalRows = effortDocs.flatMap(({ e, key }) =>
        [...new Set(e.goals)].map((g) => ({ effortId: byKey.get(key)?.id ?? '', nodeId: nodeId(g) })),
      );
      await tx.insert(effortGoal).values(goalRows);
      for (const { key } of effortDocs) {
        const row = byKey.get(key);
        if (row)
          audits.push({
            action: 'import',
            entityType: 'effort',
            entityId: row.id,
            programmeId: prog.id,
            after: { ...row, goalIds: goalRows.filter((g) => g.effortId === row.id).map((g) => g.nodeId) },
          });
      }
    }

    const linkValues = (doc.links ?? []).map((l) => ({
      fromNodeId: nodeId(l.from),
      toNodeId: typeof l.to === 'string' ? nodeId(l.to) : (externalTargets.get(`${l.to.programme}/${l.to.node}`) ?? ''),
      kind: l.kind,
      note: l.note ?? null,
      createdAt: clock.now(),
    }));
    if (linkValues.length > 0) {
      for (const row of await tx.insert(nodeLink).values(linkValues).onConflictDoNothing().returning()) {
        audits.push({ action: 'import', entityType: 'node-link', entityId: row.id, programmeId: prog.id, after: row });
      }
    }

    audits.push(...(await importProgress(tx, doc.progress, { programmeId: prog.id, nodeId, orgId, clock })));

    const result = { id: prog.id, slug: prog.slug, nodes: doc.nodes.length, efforts: (doc.efforts ?? []).length, organisationsCreated };
    await recordAudits(
      tx,
      actor,
      [
        {
          action: 'import',
          entityType: 'programme',
          entityId: prog.id,
          programmeId: prog.id,
          after: { ...prog, partnerIds: partnerKeys.map(orgId), counts: result },
        },
        ...audits,
      ],
      clock,
    );
    return result;
  });
}
