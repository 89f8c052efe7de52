export * from './fold';
export * from './highlight';
export * from './query';
export * from './views';
export * from './visibility';
