// The self-running rules: stage deadlines, the overdue sweep, the yearly carry-over.
export { DeadlinesModule, deadlinesResolvers } from './deadlines.module';
