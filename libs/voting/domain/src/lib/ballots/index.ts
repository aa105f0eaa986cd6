export * from './ballot';
export * from './ballot-tally';
export * from './district-tally';
