export * from './domain-error.filter';
export * from './graphql-error-formatter';
