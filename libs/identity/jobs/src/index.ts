export * from './lib/prune-refresh-tokens.job';
export * from './lib/identity-jobs.module';
