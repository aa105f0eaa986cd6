export * from './lib/assemblies.datasource';
export * from './lib/entities/congress.entity';
export * from './lib/entities/tier.entity';
export * from './lib/entities/jurisdiction.entity';
export * from './lib/jurisdiction.repository';
