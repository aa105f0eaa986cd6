export * from './submission-rules';
