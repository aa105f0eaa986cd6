export * from './lib/eligibility';
