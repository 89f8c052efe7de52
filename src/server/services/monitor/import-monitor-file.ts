import type { Db } from '../../../db/database';
import type { Clock } from '../../../domain/shared/clock';
import { readCsv } from '../../../import/episodes/csv';
import { isEpisodeHeader } from '../../../import/episodes/parse-episodes-csv';
import { registerKind } from '../../../import/episodes/parse-registers-csv';
import type { Actor } from '../../auth/actor';
import { importEpisodesCsv } from './import-episodes-csv';
import { importIwmoMessage } from './import-iwmo';
import { rejectedReport, type ImportKind, type ImportReport } from './import-report';
import { importRegisterCsv } from './import-register-csv';
import { detectIwmoType } from '../../../import/episodes/iwmo/validate';

export interface ImportFileOptions {
  fileName: string;
  pseudonymSecret: string | undefined;
  clock: Clock;
}

/** What a file holds, from its content: an iWmo message, or a CSV recognised by its header. */
export function detectImportKind(text: string): ImportKind | null {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) return 'iwmo';
  const first = readCsv(head).next();
  if (first.done) return null;
  if (isEpisodeHeader(first.value.fields)) return 'episodes';
  return registerKind(first.value.fields);
}

/**
 * Order for importing a folder: registers first, then episode CSVs, then iWmo starts before stops
 * (a stop needs its start).
 */
export function importOrder(text: string): number {
  const kind = detectImportKind(text);
  if (kind === 'regio' || kind === 'capaciteit') return 0;
  if (kind === 'episodes') return 1;
  if (kind === 'iwmo') return detectIwmoType(text) === 'WMO307' ? 3 : 2;
  return 4;
}

/** Import one file of any monitor kind, all-or-nothing. */
export async function importMonitorFile(db: Db, actor: Actor, text: string, opts: ImportFileOptions): Promise<ImportReport> {
  const kind = detectImportKind(text);
  if (kind === 'iwmo') return importIwmoMessage(db, actor, text, opts);
  if (kind === 'episodes') return importEpisodesCsv(db, actor, text, opts);
  if (kind === 'regio' || kind === 'capaciteit') return importRegisterCsv(db, actor, kind, text, opts);
  return rejectedReport(opts.fileName, 'episodes', [
    {
      row: 1,
      field: '(bestand)',
      reason:
        'onbekend bestand: geen iWmo-bericht en geen kopregel van episodes ' +
        '(client,gemeente,aanbieder,product,start,einde,reden_einde,pgb), capaciteit ' +
        '(aanbieder,locatie,product,van,tot,plaatsen) of regio (gemeente,gemeente_naam,regio,regio_naam)',
    },
  ]);
}

export interface MonitorFile {
  fileName: string;
  text: string;
}

/**
 * Import several files in the order that makes them fit (importOrder, then by name), each on its
 * own all-or-nothing: a rejected file stores nothing, the others still count. One report per file.
 */
export async function importMonitorFiles(
  db: Db,
  actor: Actor,
  files: readonly MonitorFile[],
  opts: Omit<ImportFileOptions, 'fileName'>,
): Promise<ImportReport[]> {
  const ordered = files
    .map((f) => ({ ...f, order: importOrder(f.text) }))
    .sort((a, b) => a.order - b.order || a.fileName.localeCompare(b.fileName));
  const reports: ImportReport[] = [];
  for (const f of ordered) reports.push(await importMonitorFile(db, actor, f.text, { ...opts, fileName: f.fileName }));
  return reports;
}
