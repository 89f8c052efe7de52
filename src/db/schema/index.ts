/** The single pg-core schema, used by both drivers (PGlite and PostgreSQL). One file per concept. */
export * from './organisation';
export * from './programme';
export * from './audit';
export * from './account';
export * from './progress';
export * from './monitor';
export * from './kpi';
export * from './finance';
export * from './governance';
export * from './publication';
export * from './search';
export * from './social-map';
export * from './knowledge';
export * from './read-cache';
