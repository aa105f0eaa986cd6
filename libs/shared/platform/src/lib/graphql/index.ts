export * from './connection';
export * from './subgraph-graphql.module';
export * from './subgraph-graphql.options';
export * from './resolvers-of';
export * from './pending-confirmation.type';
