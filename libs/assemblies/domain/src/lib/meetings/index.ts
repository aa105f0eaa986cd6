export * from './county-meeting';
export * from './check-in';
