export * from './lib/sessions';
export * from './lib/mail';
export * from './lib/identity-jobs.datasource';
export * from './lib/identity-jobs.module';
