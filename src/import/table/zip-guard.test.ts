import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../domain/shared/errors';
import { readTable } from './read-table';
import { IMPORT_LIMITS } from './raw-table';
import { assertWorksheetsBounded, assertZipSizeReasonable, MAX_UNPACKED_BYTES } from './zip-guard';

const xlsx = new Uint8Array(readFileSync(new URL('../../../test/fixtures/import/gap-table.xlsx', import.meta.url)));

/** Offsets of the central-directory entries of a ZIP. */
function centralEntries(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found: number[] = [];
  for (let at = 0; at + 4 <= bytes.length; at += 1) if (view.getUint32(at, true) === 0x02014b50) found.push(at);
  return found;
}

describe('assertZipSizeReasonable', () => {
  it('accepts a real XLSX', () => {
    expect(() => assertZipSizeReasonable(xlsx)).not.toThrow();
  });

  it('refuses an XLSX whose entries claim to unpack to gigabytes, before unpacking', async () => {
    const bomb = Uint8Array.from(xlsx);
    const view = new DataView(bomb.buffer);
    for (const at of centralEntries(bomb)) view.setUint32(at + 24, 0xfffffff0, true);
    const error = await readTable(bomb).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a ZIP without its directory (cut off)', () => {
    expect(() => assertZipSizeReasonable(xlsx.subarray(0, xlsx.length - 30))).toThrow(/inhoudsopgave/);
  });
});

/** A minimal ZIP (deflated entries) whose central directory may under-declare the unpacked sizes. */
function zipOf(entries: { name: string; data: Uint8Array; declared?: number }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const packed = deflateRawSync(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(e.declared ?? e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(e.declared ?? e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

describe('assertWorksheetsBounded (while unpacking, whatever the file declares)', () => {
  const sheet = (rows: number, cell = 'x') =>
    Buffer.from(
      `<worksheet><sheetData>` +
        Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c t="inlineStr"><is><t>${cell}</t></is></c></row>`).join('') +
        `</sheetData></worksheet>`,
    );

  it('accepts a real XLSX', async () => {
    await expect(assertWorksheetsBounded(xlsx)).resolves.toBeUndefined();
  });

  it('refuses a sheet with too many rows while unpacking, even when the sizes are under-declared', async () => {
    const bomb = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: sheet(IMPORT_LIMITS.maxRows + 5), declared: 1000 }]);
    expect(() => assertZipSizeReasonable(bomb)).not.toThrow();
    const error = await readTable(bomb).catch((e: unknown) => e);
    expect((error as DomainError).message).toMatch(/werkblad sheet1\.xml heeft meer dan 20\.000 rijen/);
  });

  it('refuses a file that unpacks past the limit while unpacking, before the XLSX parser sees it', async () => {
    const bomb = zipOf([{ name: 'xl/sharedStrings.xml', data: new Uint8Array(MAX_UNPACKED_BYTES + 1024), declared: 10 }]);
    const error = await readTable(bomb).catch((e: unknown) => e);
    expect((error as DomainError).code).toBe('PAYLOAD_TOO_LARGE');
    expect((error as DomainError).message).toMatch(/uitgepakt groter dan 40 MB/);
  });

  it('counts rows exactly across chunk boundaries', async () => {
    await expect(
      assertWorksheetsBounded(zipOf([{ name: 'xl/worksheets/sheet1.xml', data: sheet(IMPORT_LIMITS.maxRows, 'y'.repeat(37)) }])),
    ).resolves.toBeUndefined();
  });
});
