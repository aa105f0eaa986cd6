export * from './lib/eligibility';
export * from './lib/questionnaires/questionnaire';
export * from './lib/tally/tally';
export * from './lib/tally/paper-totals';
