import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../domain/shared/errors';
import { readTable } from './read-table';
import { assertZipSizeReasonable } from './zip-guard';

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
