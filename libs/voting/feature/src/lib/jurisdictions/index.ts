export * from './jurisdiction-reference.type';
export * from './jurisdiction-validation';
