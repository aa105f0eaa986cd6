export * from './schedule.module';
