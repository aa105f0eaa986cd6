export * from './lib/resolutions';
export * from './lib/submission';
export * from './lib/pipeline';
export * from './lib/rules';
export * from './lib/audit';
export * from './lib/text';
export * from './lib/records';
