import { useEffect, useState } from 'react';

/** The API's error body: `{ error: { code, message, details } }`, message in Dutch. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown,
  ) {
    super(message);
  }
}

/**
 * The CSRF token for state-changing requests: the session's token from the rt_csrf cookie
 * (double submit). Without a session any value will do: the header itself is what a cross-site
 * form cannot send.
 */
function csrfToken(): string {
  const m = /(?:^|;\s*)rt_csrf=([^;]+)/.exec(document.cookie);
  return m?.[1] ? decodeURIComponent(m[1]) : 'regietafel';
}

export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  const unsafe = !['GET', 'HEAD'].includes((init.method ?? 'GET').toUpperCase());
  const res = await fetch(`/api${path}`, {
    ...init,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      // FormData (an upload) sets its own multipart content type with the boundary.
      ...(init.body && !(init.body instanceof FormData) ? { 'content-type': 'application/json' } : {}),
      ...(unsafe ? { 'x-csrf-token': csrfToken() } : {}),
      ...init.headers,
    },
  });
  const text = await res.text();
  const body: unknown = text ? JSON.parse(text) : null;
  if (!res.ok) {
    const err = (body as { error?: { code: string; message: string; details: unknown } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? 'HTTP', err?.message ?? res.statusText, err?.details);
  }
  return body as T;
}

/**
 * An upload: the file itself as multipart/form-data in field `file`. Its own bytes travel (no text
 * decoding in the browser); the server finds the encoding or reads the workbook.
 */
export function fileForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
}

/** A copy of the chosen file's bytes, so the import sends exactly what its preview read (even if the file on disk changes). */
export async function fileSnapshot(file: File): Promise<File> {
  return new File([await file.arrayBuffer()], file.name, { type: file.type });
}

export type Loadable<T> = { state: 'loading' } | { state: 'error'; error: Error } | { state: 'ready'; data: T };

/** Load once per `key`; re-runs when the key changes. Small on purpose: no cache layer yet. */
export function useApi<T>(key: string, load: () => Promise<T>): Loadable<T> {
  const [value, setValue] = useState<Loadable<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setValue({ state: 'loading' });
    load().then(
      (data) => live && setValue({ state: 'ready', data }),
      (error: Error) => live && setValue({ state: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return value;
}
