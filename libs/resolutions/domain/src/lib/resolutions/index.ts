export * from './resolution-number';
