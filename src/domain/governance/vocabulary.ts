/** The kinds of body a cooperation runs on (DESIGN.md, "Overleg"). */
export const BODY_KINDS = [
  'bestuurlijk',
  'ambtelijk',
  'coördinatieteam',
  'stuurgroep',
  'projectgroep',
  'werkgroep',
  'klankbordgroep',
  'extern',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const BODY_KIND_LABELS: Record<BodyKind, string> = {
  bestuurlijk: 'Bestuurlijk overleg',
  ambtelijk: 'Ambtelijk overleg',
  coördinatieteam: 'Coördinatieteam',
  stuurgroep: 'Stuurgroep',
  projectgroep: 'Projectgroep',
  werkgroep: 'Werkgroep',
  klankbordgroep: 'Klankbordgroep',
  extern: 'Extern orgaan',
};

/** The usual seat roles; others may be written in (e.g. "agendalid", "toehoorder"). */
export const SEAT_ROLES = ['voorzitter', 'vicevoorzitter', 'secretaris', 'lid', 'adviseur', 'agendalid'] as const;

export const MEETING_STATUSES = ['open', 'gesloten'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const ACTION_STATUSES = ['open', 'in-uitvoering', 'gereed', 'vervallen'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** An action is done when it is finished or dropped; until then it returns on every next agenda. */
export function isActionDone(status: ActionStatus): boolean {
  return status === 'gereed' || status === 'vervallen';
}

export const isBodyKind = (v: string): v is BodyKind => (BODY_KINDS as readonly string[]).includes(v);
export const isActionStatus = (v: string): v is ActionStatus => (ACTION_STATUSES as readonly string[]).includes(v);
export const isMeetingStatus = (v: string): v is MeetingStatus => (MEETING_STATUSES as readonly string[]).includes(v);
