export * from './tally';
export * from './publication';
