import type { NumberStyle } from '../../../../domain/programme/tree';
import { apiFetch } from '../../../lib/api';

/** Fresh codes for the whole tree ("1", "1.2", …), one numbering style per level; answers how many changed. */
export const renumberCodes = (programme: string, styles: NumberStyle[]) =>
  apiFetch<{ changed: number }>(`/programmes/${encodeURIComponent(programme)}/renumber`, {
    method: 'POST',
    body: JSON.stringify({ parentId: null, styles }),
  });
