export * from './account-token.entity';
export * from './account-token.repository';
