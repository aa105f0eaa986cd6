export * from './lib/resolutions.datasource';
export * from './lib/entities';
export * from './lib/repositories/resolution-lookup.repository';
export * from './lib/repositories/workflow';
export * from './lib/repositories/records';
export * from './lib/repositories/submission';
export * from './lib/repositories/events';
