export * from './voter-eligibility.entity';
export * from './voter-eligibility.repository';
