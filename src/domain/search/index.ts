export * from './fold';
export * from './highlight';
export * from './query';
export * from './vocabulary';
export * from './visibility';
