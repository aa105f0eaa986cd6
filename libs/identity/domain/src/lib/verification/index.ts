export * from './secret-codes';
export * from './secret-attempts';
