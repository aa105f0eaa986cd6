export * from './schedule-queue.module';
export * from './voting-schedule.jobs';
export * from './voting-schedule.queue';
