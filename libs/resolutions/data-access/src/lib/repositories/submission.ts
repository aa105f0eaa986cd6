// Repositories of the submission and comments areas.
export * from './submission/cycle-configuration.repository';
export * from './submission/submission.repository';
export * from './submission/resolution-comment.repository';
