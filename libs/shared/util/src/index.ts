export * from './lib/config';
export * from './lib/errors';
export * from './lib/batching/batcher';
export * from './lib/batching/shuffle';
export * from './lib/input/identifiers';
export * from './lib/input/problems';
export * from './lib/input/text';
