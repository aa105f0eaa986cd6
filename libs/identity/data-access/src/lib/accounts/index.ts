export * from './account.entity';
export * from './account.repository';
