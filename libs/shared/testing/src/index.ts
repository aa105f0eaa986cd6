export * from './lib/test-token-issuer';
export * from './lib/graphql-client';
