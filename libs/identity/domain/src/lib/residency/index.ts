export * from './jurisdiction-code';
export * from './residency';
