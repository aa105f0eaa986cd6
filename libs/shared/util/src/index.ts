export * from './lib/config';
export * from './lib/errors';
export * from './lib/batching';
export * from './lib/input';
