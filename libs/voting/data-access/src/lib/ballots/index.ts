export * from './questionnaire-voter.entity';
export * from './ballot.entity';
export * from './ballot-tally.entity';
export * from './recount-report.entity';
export * from './ballot-box.repository';
export * from './ballot.repository';
