export * from './paper-totals';
