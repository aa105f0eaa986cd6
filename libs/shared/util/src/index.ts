export * from './lib/config';
export * from './lib/errors';
export * from './lib/batching/batcher';
export * from './lib/batching/shuffle';
