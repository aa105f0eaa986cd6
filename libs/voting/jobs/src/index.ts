export * from './lib/tallies';
export * from './lib/voting-jobs.module';
