import { randomBytes } from 'node:crypto';

/** A multipart/form-data body with files in field `file`, as a browser's FormData sends it (for app.inject). */
export function multipart(files: readonly { fileName: string; content: string | Uint8Array; type?: string }[]): {
  payload: Buffer;
  headers: Record<string, string>;
} {
  const boundary = `----rt${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${f.fileName}"\r\n` +
          `Content-Type: ${f.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      typeof f.content === 'string' ? Buffer.from(f.content, 'utf8') : Buffer.from(f.content),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** inject options for one uploaded file (field `file`), keeping the caller's headers (session, CSRF). */
export function uploadOf(
  content: string | Uint8Array,
  fileName = 'bestand.csv',
  headers: Record<string, string> = {},
): { payload: Buffer; headers: Record<string, string> } {
  const m = multipart([{ fileName, content }]);
  return { payload: m.payload, headers: { ...headers, ...m.headers } };
}

/** Windows-1252 by hand (ASCII and the Latin-1 letters it shares), so a test does not lean on the decoder it checks. */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((c) => {
      const code = c.charCodeAt(0);
      if (code > 0xff) throw new Error(`not in this Windows-1252 helper: ${c}`);
      return code;
    }),
  );
}
