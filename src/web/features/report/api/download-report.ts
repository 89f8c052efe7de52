import { ApiError } from '../../../lib/api';

export type ReportFormat = 'docx' | 'pdf' | 'xlsx' | 'html';

export interface ReportChoice {
  format: ReportFormat;
  theme: string;
  period: string;
  lang: 'nl' | 'en';
}

export const reportUrl = (programme: string, c: ReportChoice) => {
  const q = new URLSearchParams({ format: c.format, lang: c.lang });
  if (c.theme) q.set('theme', c.theme);
  if (c.period) q.set('period', c.period);
  return `/api/programmes/${encodeURIComponent(programme)}/report?${q.toString()}`;
};

/**
 * Fetch the report file, reporting the bytes received as they come in (the server builds the
 * whole file first, so progress shows "building" until the first bytes, then the download).
 */
export async function downloadReport(
  programme: string,
  c: ReportChoice,
  onBytes: (received: number) => void,
): Promise<{ blob: Blob; fileName: string }> {
  const res = await fetch(reportUrl(programme, c), { credentials: 'same-origin' });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string; details: unknown } } | null;
    throw new ApiError(res.status, body?.error?.code ?? 'HTTP', body?.error?.message ?? res.statusText, body?.error?.details);
  }
  const fileName = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `voortgangsrapportage.${c.format}`;
  const chunks: BlobPart[] = [];
  let received = 0;
  const reader = res.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onBytes(received);
    }
  } else chunks.push(await res.blob());
  return { blob: new Blob(chunks, { type: res.headers.get('content-type') ?? 'application/octet-stream' }), fileName };
}
