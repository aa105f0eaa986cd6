export * from './lib/assemblies.datasource';
export * from './lib/jurisdictions';
export * from './lib/meetings';
export * from './lib/configuration';
export * from './lib/seats';
export * from './lib/bodies';
export * from './lib/elections';
