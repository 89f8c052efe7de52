import type { MessageKey } from '../../../lib/messages/nl';

const STATUS: Record<string, MessageKey> = {
  concept: 'status.concept',
  actief: 'status.actief',
  afgerond: 'status.afgerond',
  gearchiveerd: 'status.gearchiveerd',
};

/** A programme status in the interface language; an unknown status is shown as stored. */
export function statusLabel(status: string, t: (key: MessageKey) => string): string {
  const key = STATUS[status];
  return key ? t(key) : status;
}
