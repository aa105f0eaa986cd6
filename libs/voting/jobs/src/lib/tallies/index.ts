export * from './recount-questionnaire.job';
