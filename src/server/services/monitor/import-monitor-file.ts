import type { Db } from '../../../db/database';
import type { Clock } from '../../../domain/shared/clock';
import { readCsv } from '../../../import/episodes/csv';
import { isEpisodeHeader } from '../../../import/episodes/parse-episodes-csv';
import { registerKind } from '../../../import/episodes/parse-registers-csv';
import type { Actor } from '../../auth/actor';
import { importEpisodesCsv } from './import-episodes-csv';
import { importIwmoMessage } from './import-iwmo';
import type { ImportKind, ImportReport } from '../../../domain/monitor/responses';
import { rejectedReport } from './import-report';
import { importRegisterCsv } from './import-register-csv';
import { detectIwmoType } from '../../../import/episodes/iwmo/validate';
import { decodeText } from '../../../import/table/decode-text';
import { DomainError } from '../../../domain/shared/errors';

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

/** A file as uploaded or read from disk: its bytes, decoded here (UTF-8, UTF-16 with BOM, else Windows-1252). */
export interface MonitorFile {
  fileName: string;
  bytes: Uint8Array;
}

/** The text of an uploaded file; a binary file is refused with the reason. */
function decoded(f: MonitorFile): { text: string } | { problem: string } {
  try {
    return { text: decodeText(f.bytes).text };
  } catch (e) {
    if (e instanceof DomainError) return { problem: e.message };
    throw e;
  }
}

/** Import one uploaded file (bytes) of any monitor kind, all-or-nothing. */
export async function importMonitorUpload(db: Db, actor: Actor, file: MonitorFile, opts: Omit<ImportFileOptions, 'fileName'>) {
  const d = decoded(file);
  if ('problem' in d) return rejectedReport(file.fileName, 'episodes', [{ row: 1, field: '(bestand)', reason: d.problem }]);
  return importMonitorFile(db, actor, d.text, { ...opts, fileName: file.fileName });
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
    .map((f) => ({ fileName: f.fileName, decoded: decoded(f) }))
    .map((f) => ({ ...f, order: 'text' in f.decoded ? importOrder(f.decoded.text) : -1 }))
    .sort((a, b) => a.order - b.order || a.fileName.localeCompare(b.fileName));
  const reports: ImportReport[] = [];
  for (const f of ordered) {
    reports.push(
      'text' in f.decoded
        ? await importMonitorFile(db, actor, f.decoded.text, { ...opts, fileName: f.fileName })
        : rejectedReport(f.fileName, 'episodes', [{ row: 1, field: '(bestand)', reason: f.decoded.problem }]),
    );
  }
  return reports;
}
