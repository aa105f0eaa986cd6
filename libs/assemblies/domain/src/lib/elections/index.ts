export * from './election-phase';
export * from './candidacy';
export * from './ballot-rules';
export * from './seat-assignment';
export * from './election-count';
export * from './body-election';
