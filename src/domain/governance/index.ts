export * from './vocabulary';
export * from './frequency';
export * from './calendar';
export * from './meetings';
export * from './look-back';
export * from './body-rules';
