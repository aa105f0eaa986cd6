// The resolutions service's own queue: its jobs, and scheduling a stage's deadline on it.
export { StageDeadlineScheduler, type StageDeadlineJob } from './stage-deadline-scheduler';
export * from './resolution-deadlines.job';
export { DeadlineQueueModule } from './deadline-queue.module';
