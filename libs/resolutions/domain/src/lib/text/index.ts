export * from './word-diff';
