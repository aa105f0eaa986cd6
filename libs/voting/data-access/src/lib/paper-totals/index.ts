export * from './paper-totals.entity';
export * from './paper-totals.repository';
export * from './paper-ballot.repository';
