export * from './refresh-token.entity';
export * from './refresh-token.repository';
