export * from './ballot-count.entity';
export * from './published-ballot-count.entity';
export * from './published-tally.entity';
export * from './published-results.repository';
export * from './channel-totals.query';
