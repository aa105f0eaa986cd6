export * from './question-result.entity';
export * from './county-result.entity';
export * from './question-result.repository';
