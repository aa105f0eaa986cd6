export * from './lib/voting.datasource';
export * from './lib/entities/voter-eligibility.entity';
export * from './lib/voter-eligibility.repository';
