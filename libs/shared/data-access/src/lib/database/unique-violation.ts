import { QueryFailedError } from 'typeorm';

/**
 * Whether a write failed on a unique constraint (another writer got there first): any
 * unique constraint, or only the named one.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && (constraint === undefined || driverError.constraint === constraint);
}
