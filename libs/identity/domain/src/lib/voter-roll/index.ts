export * from './voter-roll';
