export * from './batcher';
export * from './shuffle';
