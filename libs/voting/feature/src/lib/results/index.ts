export * from './results.module';
export { CertificationResolver } from './certification.resolver';
export { QuestionnaireResultsExportResolver } from './questionnaire-results-export.resolver';
export { ResultsResolver } from './results.resolver';
