export * from './lib/submission-rules';
