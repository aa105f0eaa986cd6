export * from './lib/recount-questionnaire.job';
export * from './lib/voting-jobs.module';
