export * from './lib/test-token-issuer';
export * from './lib/graphql-client';
export * from './lib/subgraph-test-app';
export * from './lib/mailbox';
