import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { listOrganisations } from '../../../db/queries/organisation';
import { parseCbsPopulationCsv } from '../../../import/cbs/population-csv';
import type { ImportCbsPopulationResult } from '../../../domain/organisation/responses';
import type { Clock } from '../../../domain/shared/clock';
import { decodeText } from '../../../import/table/decode-text';
import type { Actor } from '../../auth/actor';
import { writePopulation } from './organisation-writes';

export interface ImportCbsPopulationOptions {
  /** The export as text, or its bytes (UTF-8 ± BOM, UTF-16 with BOM, else Windows-1252). */
  csv: string | Uint8Array;
  /** What to record as source, e.g. "CBS StatLine 03759ned". */
  source?: string;
}

/**
 * Inhabitants from a CBS StatLine CSV export, matched by CBS code (or by exact name when the
 * export shows names). One figure per gemeente and year is replaced; all or nothing.
 */
export async function importCbsPopulation(
  db: Db,
  actor: Actor,
  opts: ImportCbsPopulationOptions,
  clock: Clock,
): Promise<ImportCbsPopulationResult> {
  const rows = parseCbsPopulationCsv(typeof opts.csv === 'string' ? opts.csv : decodeText(opts.csv).text);
  return inTransaction(db, async (tx) => {
    const gemeenten = await listOrganisations(tx, { kind: 'gemeente' });
    const byCode = new Map(gemeenten.flatMap((g) => (g.cbsCode ? [[g.cbsCode, g] as const] : [])));
    const byName = new Map(gemeenten.map((g) => [g.name.toLowerCase(), g]));
    const skipped = new Set<string>();
    const years = new Set<number>();
    let updated = 0;
    let unknown = 0;
    for (const r of rows) {
      const g = r.cbsCode ? byCode.get(r.cbsCode) : byName.get((r.regionName ?? '').toLowerCase());
      if (!g) {
        skipped.add(r.cbsCode ? `GM${r.cbsCode}` : (r.regionName ?? ''));
        continue;
      }
      await writePopulation(
        tx,
        actor,
        g,
        r.year,
        {
          inhabitants: r.inhabitants,
          referenceDate: `${r.year}-01-01`,
          source: opts.source ?? 'CBS StatLine',
          note: r.inhabitants === null ? 'CBS: onbekend of geheim (".")' : null,
        },
        clock,
      );
      years.add(r.year);
      if (r.inhabitants === null) unknown++;
      else updated++;
    }
    return { updated, unknown, years: [...years].sort(), skipped: [...skipped] };
  });
}
