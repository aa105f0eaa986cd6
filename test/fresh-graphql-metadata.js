// @nestjs/graphql keeps its code-first type store on a global, which Jest carries from
// one test file to the next in the same worker. Start each file with a fresh store, or
// the second file that boots a subgraph fails ("Cannot determine a GraphQL output type").
delete globalThis.GqlTypeMetadataStorage;
