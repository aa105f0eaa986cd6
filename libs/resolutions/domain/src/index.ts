export * from './lib/submission-rules';
export * from './lib/pipeline/pipeline.types';
