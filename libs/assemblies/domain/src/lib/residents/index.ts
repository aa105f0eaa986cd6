export * from './resident';
