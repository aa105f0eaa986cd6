export * from './lib/eligibility';
export * from './lib/questionnaires/questionnaire';
export * from './lib/tally/tally';
export * from './lib/tally/paper-totals';
export * from './lib/ballots/ballot';
export * from './lib/ballots/ballot-tally';
export * from './lib/ballots/district-tally';
export * from './lib/roll-calls/roll-call';
