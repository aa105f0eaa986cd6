export * from './bootstrap-service';
export * from './subgraph-foundation';
