export * from './lib/identity.datasource';
export * from './lib/entities/account.entity';
export * from './lib/entities/refresh-token.entity';
export * from './lib/entities/signing-key.entity';
export * from './lib/entities/voter-roll-import.entity';
export * from './lib/account.repository';
export * from './lib/refresh-token.repository';
