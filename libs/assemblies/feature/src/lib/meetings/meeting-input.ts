import { QueryFailedError } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import type { InputProblem } from '@civic/util';
import { DomainError } from '@civic/util';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Ids reach Postgres as uuid: a malformed one is the caller's mistake, not a server error. */
export function requireUuid(value: string, field: string): string {
  if (!UUID.test(value)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} is not a valid id.`, { field });
  return value.toLowerCase();
}

export function refuseProblems(problems: readonly InputProblem[]): void {
  const first = problems[0];
  if (!first) return;
  throw new DomainError(ErrorCode.BAD_USER_INPUT, first.message, { field: first.field, problems });
}

export function notFound(what: string, details?: Record<string, unknown>): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, `${what} was not found.`, details);
}

/** Whether a write failed on the named unique constraint (another writer got there first). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === constraint;
}
