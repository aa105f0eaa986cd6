import { ErrorCode } from '@civic/contracts';
import type { InputProblem } from '@civic/voting-domain';
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

/** Throws BAD_USER_INPUT naming the first problem's field; does nothing when there is none. */
export function refuseProblems(problems: readonly InputProblem[]): void {
  const [first, ...others] = problems;
  if (first) throw badInput(first, others);
}

export function badInput(problem: InputProblem, others: readonly InputProblem[] = []): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, `${capitalize(problem.message)}.`, { field: problem.field, problems: [problem, ...others] });
}

export function notFound(what: string, details?: Record<string, unknown>): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, `${what} was not found.`, details);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
