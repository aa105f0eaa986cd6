export * from './congress-configuration';
export * from './configuration-diff';
export * from './jurisdiction-edits';
