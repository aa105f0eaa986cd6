// The submission area: congress-year cycles and submitted resolutions.
export * from './cycle-configuration.entity';
export * from './cycle-configuration.repository';
export * from './submission.repository';
