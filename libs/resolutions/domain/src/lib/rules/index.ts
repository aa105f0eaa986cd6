export * from './three-two-rule';
export * from './deadlines';
export * from './carry-over';
