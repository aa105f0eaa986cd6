export * from './lib/config';
export * from './lib/logging';
export * from './lib/errors';
export * from './lib/auth';
export * from './lib/graphql';
export * from './lib/redis';
export * from './lib/health';
export * from './lib/bootstrap';
