export * from './lib/resolutions.datasource';
export * from './lib/resolutions';
export * from './lib/workflow';
export * from './lib/records';
export * from './lib/submission';
export * from './lib/comments';
export * from './lib/events';
