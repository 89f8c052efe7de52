import {
  closeEpisode,
  deleteEpisodeByKey,
  findIwmoEpisodes,
  lockEpisodesForWrite,
  recordIwmoMessage,
  upsertEpisodes,
} from '../../../db/queries/monitor';
import { inTransaction, type Db } from '../../../db/database';
import { productFromCategory } from '../../../domain/monitor/reasons';
import type { Clock } from '../../../domain/shared/clock';
import { parseDutchDate } from '../../../import/episodes/dates';
import { parseIwmo, type IwmoProductLine } from '../../../import/episodes/iwmo/parse';
import { detectIwmoType, validateIwmo } from '../../../import/episodes/iwmo/validate';
import { clientPseudonym, quoted } from '../../../import/episodes/pseudonym';
import type { EpisodeInput } from '../../../domain/monitor/episode-input';
import type { ImportIssue } from '../../../domain/monitor/responses';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import type { ImportReport } from '../../../domain/monitor/responses';
import { rejectedReport } from './import-report';

export interface ImportIwmoOptions {
  fileName: string;
  pseudonymSecret: string | undefined;
  clock: Clock;
}

const EXPECTED_CODE = { WMO305: '418', WMO307: '420' } as const;
const DELETE = '3';

function fieldOf(message: string): string {
  return /Element '\{[^}]*\}(\w+)'/.exec(message)?.[1] ?? '(bericht)';
}

interface Line extends IwmoProductLine {
  client: string;
  product: 'BW' | 'MO';
}

/**
 * Import one iWmo 3.2 message (WMO305 start or WMO307 stop), all-or-nothing. The message must be
 * valid against its XSD; each product line is checked; BSNs become pseudonyms at once. A stop
 * closes the episode of the same client and ToewijzingNummer. Re-importing changes nothing.
 */
export async function importIwmoMessage(db: Db, actor: Actor, xml: string, opts: ImportIwmoOptions): Promise<ImportReport> {
  const type = detectIwmoType(xml);
  if (!type)
    return rejectedReport(opts.fileName, 'iwmo', [
      { row: 1, field: '(bericht)', reason: 'geen iWmo 3.2 WMO305- of WMO307-bericht (onbekende namespace)' },
    ]);
  const validation = await validateIwmo(xml, type);
  if (!validation.valid) {
    const errors = validation.errors.map((e) => ({
      row: e.line,
      field: fieldOf(e.message),
      reason: `voldoet niet aan het ${type}-schema: ${e.message}`,
    }));
    return rejectedReport(
      opts.fileName,
      'iwmo',
      errors.length ? errors : [{ row: 1, field: '(bericht)', reason: `voldoet niet aan het ${type}-schema` }],
    );
  }
  const msg = parseIwmo(xml, type);
  const errors: ImportIssue[] = [];
  const skipped: ImportIssue[] = [];
  if (msg.header.berichtCode !== EXPECTED_CODE[type])
    errors.push({
      row: 1,
      field: 'BerichtCode',
      reason: `${type} hoort BerichtCode ${EXPECTED_CODE[type]} te hebben, niet ${msg.header.berichtCode}`,
    });
  const lines: Line[] = [];
  for (const l of msg.lines) {
    const client = clientPseudonym(l.bsn, opts.pseudonymSecret);
    if (!client.ok) {
      errors.push({ row: l.index, field: 'Bsn', reason: client.reason });
      continue;
    }
    const product = productFromCategory(l.categorie);
    if (!product) {
      skipped.push({ row: l.index, field: 'Categorie', reason: `productcategorie ${l.categorie} valt buiten de monitor` });
      continue;
    }
    if (!parseDutchDate(l.begindatum)) errors.push({ row: l.index, field: 'Begindatum', reason: 'geen geldige datum' });
    if (l.einddatum && l.einddatum < l.begindatum)
      errors.push({ row: l.index, field: 'Einddatum', reason: 'Einddatum ligt voor Begindatum' });
    lines.push({ ...l, client: client.client, product });
  }
  if (errors.length > 0) return rejectedReport(opts.fileName, 'iwmo', errors, skipped);

  return inTransaction(db, async (tx) => {
    await lockEpisodesForWrite(tx);
    let inserted = 0;
    let updated = 0;
    const total = lines.length;
    const keyOf = (l: Line) => `w|${l.client}|${l.toewijzingNummer}|${l.begindatum}`;
    if (type === 'WMO305') {
      const starts: EpisodeInput[] = [];
      for (const l of lines) {
        if (l.status === DELETE) {
          updated += await deleteEpisodeByKey(tx, keyOf(l));
          continue;
        }
        starts.push({
          key: keyOf(l),
          client: l.client,
          gemeente: msg.header.ontvanger,
          aanbieder: msg.header.afzender,
          product: l.product,
          start: l.begindatum,
          einde: null,
          redenEinde: null,
          pgb: false,
          toewijzingNummer: l.toewijzingNummer,
          bron: 'iwmo',
        });
      }
      const c = await upsertEpisodes(tx, starts, { keepEnd: true });
      inserted += c.inserted;
      updated += c.updated;
    } else {
      const found = await findIwmoEpisodes(
        tx,
        lines.map((l) => ({ client: l.client, toewijzing: l.toewijzingNummer })),
      );
      const stopErrors: ImportIssue[] = [];
      const closes: { id: number; einde: string | null; reden: string | null }[] = [];
      for (const l of lines) {
        const candidates = found.filter((f) => f.client === l.client && f.toewijzing === l.toewijzingNummer);
        // The stop names the start it ends (Begindatum); with one start for the toewijzing that one is meant.
        const ep = candidates.find((f) => f.start === l.begindatum) ?? (candidates.length === 1 ? candidates[0] : undefined);
        if (!ep) {
          stopErrors.push({
            row: l.index,
            field: 'ToewijzingNummer',
            reason: `geen startbericht (WMO305) bekend voor toewijzing ${quoted(l.toewijzingNummer)} met begindatum ${l.begindatum}`,
          });
          continue;
        }
        if (l.einddatum && l.einddatum < ep.start) {
          stopErrors.push({ row: l.index, field: 'Einddatum', reason: 'Einddatum ligt voor de start van de ondersteuning' });
          continue;
        }
        const einde = l.status === DELETE ? null : l.einddatum;
        const reden = l.status === DELETE ? null : l.reden;
        if (ep.einde !== einde || ep.redenEinde !== reden) closes.push({ id: ep.id, einde, reden });
      }
      // Checked before any write: a rejected message stores nothing.
      if (stopErrors.length > 0) return rejectedReport(opts.fileName, 'iwmo', stopErrors, skipped);
      for (const c of closes) await closeEpisode(tx, c.id, c.einde, c.reden);
      updated += closes.length;
    }
    await recordIwmoMessage(tx, msg.header.afzender, msg.header.identificatie, msg.header.berichtCode);
    const report: ImportReport = {
      file: opts.fileName,
      kind: 'iwmo',
      imported: inserted + updated,
      updated,
      unchanged: total - inserted - updated,
      rejected: 0,
      skipped: skipped.length,
      errors: [],
      skippedDetails: skipped,
    };
    if (report.imported > 0) {
      await recordAudit(
        tx,
        actor,
        {
          action: 'import',
          entityType: 'monitor_iwmo',
          entityId: `${type}:${msg.header.afzender}:${msg.header.identificatie}`,
          after: { imported: report.imported, updated, unchanged: report.unchanged },
        },
        opts.clock,
      );
    }
    return report;
  });
}
