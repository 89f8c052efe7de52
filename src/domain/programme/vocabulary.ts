/** The fixed word lists of the programme model (DESIGN.md). Stored as these exact strings. */
export const ORGANISATION_KINDS = [
  'gemeente',
  'zorgverzekeraar',
  'zorgkantoor',
  'aanbieder',
  'cliëntorganisatie',
  'politie',
  'woningcorporatie',
  'GGD',
  'kennisinstelling',
  'overig',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const PERSON_ROLES = ['trekker', 'aanspreekpunt', 'projectleider', 'opdrachtgever', 'lid'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const PROGRAMME_STATUSES = ['concept', 'actief', 'afgerond', 'gearchiveerd'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

/** Lokaal: carried out by each participating municipality separately. */
export const NODE_SCOPES = ['lokaal', 'regionaal', 'bovenregionaal'] as const;
export type NodeScope = (typeof NODE_SCOPES)[number];

/** Cross-links between nodes, also across programmes. Direction: from → to. */
export const LINK_KINDS = ['raakt-aan', 'draagt-bij-aan'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/**
 * Requested budget in a gap analysis. 'bedrag' with 0 cents is "nothing needed"; 'onbekend' is
 * "needed, amount not known"; 'ander-fonds' is "paid from another fund". No budget at all = not filled in.
 */
export const BUDGET_KINDS = ['bedrag', 'onbekend', 'ander-fonds'] as const;
export type BudgetKind = (typeof BUDGET_KINDS)[number];

/** A gemeente's CBS code: four digits, leading zeros kept ("0983"). */
export const CBS_CODE = /^\d{4}$/;

/** Readable keys in documents: letters, digits, '.', '-', '_' (e.g. "venlo", "p1.a2"). */
export const KEY_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;
