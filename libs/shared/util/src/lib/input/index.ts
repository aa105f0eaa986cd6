export * from './identifiers';
export * from './problems';
export * from './text';
