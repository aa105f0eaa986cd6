export * from './lib/eligibility';
export * from './lib/questionnaires';
export * from './lib/tallies';
export * from './lib/paper-totals';
export * from './lib/ballots';
export * from './lib/roll-calls';
