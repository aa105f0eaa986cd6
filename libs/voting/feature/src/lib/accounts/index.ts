export * from './account-reference.type';
