import { productFromCategory } from '../../domain/monitor/reasons';
import { readCsv } from './csv';
import { parseDutchDate } from './dates';
import { clientPseudonym } from './pseudonym';
import type { EpisodeInput, ImportIssue, ParseOutcome } from './types';

export const EPISODE_COLUMNS = ['client', 'gemeente', 'aanbieder', 'product', 'start', 'einde', 'reden_einde', 'pgb'] as const;

export function isEpisodeHeader(fields: readonly string[]): boolean {
  const names = new Set(fields.map((f) => f.trim().toLowerCase()));
  return EPISODE_COLUMNS.every((c) => names.has(c) || c === 'pgb');
}

const PGB: Record<string, boolean> = { ja: true, nee: false, j: true, n: false, '1': true, '0': false, true: true, false: false, '': false };
const GEMEENTE = /^\d{1,4}$/;
const REDEN = /^\d{1,2}$/;

/**
 * Care episodes from CSV text. Every row is checked; the caller stores nothing when `errors` is
 * not empty. A BSN becomes a pseudonym here and goes no further. Written as one flat loop
 * without per-row closures or objects beyond the result: it runs a million times in the benchmark.
 */
export function parseEpisodesCsv(text: string, secret: string | undefined): ParseOutcome<EpisodeInput> {
  const items: EpisodeInput[] = [];
  const errors: ImportIssue[] = [];
  const skipped: ImportIssue[] = [];
  const records = readCsv(text);
  const head = records.next();
  if (head.done) return { items, errors: [{ row: 1, field: '(bestand)', reason: 'het bestand is leeg' }], skipped };
  const header = head.value.fields.map((f) => f.trim().toLowerCase());
  const col = EPISODE_COLUMNS.map((c) => header.indexOf(c));
  EPISODE_COLUMNS.forEach((c, i) => {
    if (col[i] === -1 && c !== 'pgb') errors.push({ row: 1, field: c, reason: 'kolom ontbreekt in de kopregel' });
  });
  if (errors.length > 0) return { items, errors, skipped };
  const [cClient, cGemeente, cAanbieder, cProduct, cStart, cEinde, cReden, cPgb] = col as [number, number, number, number, number, number, number, number];
  // Natural key → index in items, to find repeated rows.
  const seen = new Map<string, number>();
  const lines: number[] = [];
  for (const rec of records) {
    const f = rec.fields;
    const row = rec.line;
    const before = errors.length;
    const client = clientPseudonym(f[cClient] ?? '', secret);
    if (!client.ok) errors.push({ row, field: 'client', reason: client.reason });
    const gemeenteRaw = (f[cGemeente] ?? '').trim();
    const gemeente = GEMEENTE.test(gemeenteRaw) ? gemeenteRaw.padStart(4, '0') : null;
    if (!gemeente) errors.push({ row, field: 'gemeente', reason: `'${gemeenteRaw}' is geen CBS-gemeentecode van 4 cijfers` });
    const aanbieder = (f[cAanbieder] ?? '').trim();
    if (!aanbieder) errors.push({ row, field: 'aanbieder', reason: 'aanbieder ontbreekt' });
    const productRaw = (f[cProduct] ?? '').trim();
    const product = productFromCategory(productRaw);
    const startRaw = (f[cStart] ?? '').trim();
    const start = parseDutchDate(startRaw);
    if (!start) errors.push({ row, field: 'start', reason: `'${startRaw}' is geen datum (jjjj-mm-dd of dd-mm-jjjj)` });
    const eindeRaw = (f[cEinde] ?? '').trim();
    const einde = eindeRaw === '' ? null : parseDutchDate(eindeRaw);
    if (eindeRaw !== '' && !einde) errors.push({ row, field: 'einde', reason: `'${eindeRaw}' is geen datum (jjjj-mm-dd of dd-mm-jjjj)` });
    if (start && einde && einde < start) errors.push({ row, field: 'einde', reason: 'einde ligt voor start' });
    const redenRaw = (f[cReden] ?? '').trim();
    const reden = redenRaw === '' ? null : REDEN.test(redenRaw) ? redenRaw.padStart(2, '0') : undefined;
    if (reden === undefined) errors.push({ row, field: 'reden_einde', reason: `'${redenRaw}' is geen iWmo-reden (twee cijfers)` });
    if (einde && reden === null) errors.push({ row, field: 'reden_einde', reason: 'reden_einde ontbreekt terwijl er een einde is' });
    if (eindeRaw === '' && reden) errors.push({ row, field: 'reden_einde', reason: 'reden_einde zonder einde' });
    const pgbRaw = cPgb === -1 ? '' : (f[cPgb] ?? '').trim();
    const pgb = PGB[pgbRaw.toLowerCase()];
    if (pgb === undefined) errors.push({ row, field: 'pgb', reason: `'${pgbRaw}' is geen ja of nee` });
    if (errors.length > before || !client.ok || !gemeente || !start || pgb === undefined || reden === undefined) continue;
    if (!product) {
      if (REDEN.test(productRaw)) skipped.push({ row, field: 'product', reason: `productcategorie ${productRaw} valt buiten de monitor (alleen 15 beschermd wonen en 16 opvang)` });
      else errors.push({ row, field: 'product', reason: `'${productRaw}' is geen BW, MO of iWmo-productcategorie` });
      continue;
    }
    const key = `c|${client.client}|${gemeente}|${aanbieder}|${product}|${start}`;
    const prev = seen.get(key);
    if (prev !== undefined) {
      const p = items[prev];
      const prevLine = lines[prev] ?? 0;
      if (p && (p.einde !== einde || p.redenEinde !== reden || p.pgb !== pgb)) {
        errors.push({ row, field: 'start', reason: `zelfde cliënt, gemeente, aanbieder, product en start als regel ${prevLine}, maar andere gegevens` });
      } else skipped.push({ row, field: '(regel)', reason: `herhaling van regel ${prevLine}` });
      continue;
    }
    seen.set(key, items.length);
    lines.push(row);
    items.push({ key, client: client.client, gemeente, aanbieder, product, start, einde, redenEinde: reden, pgb, toewijzingNummer: null, bron: 'csv' });
  }
  return { items, errors, skipped };
}
