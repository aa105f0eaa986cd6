export * from './redis-connection';
export * from './redis-queue-safety';
export * from './redis.module';
