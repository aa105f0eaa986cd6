export * from './paper-totals.entity';
export * from './paper-totals.repository';
