import { ErrorCode } from '@civic/contracts';
import { DomainError } from '../errors';

/** One thing wrong with an input, as domain validation reports it: the field and a short, lower-case clause. */
export interface InputProblem {
  field: string;
  message: string;
}

/** BAD_USER_INPUT naming the field; `details` are public (limits, allowed values). */
export function badInput(field: string, message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, message, { ...details, field });
}

/** NOT_FOUND for "<what> was not found.". */
export function notFound(what: string, details?: Record<string, unknown>): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, `${what} was not found.`, details);
}

/** Throws BAD_USER_INPUT for the first problem (as a sentence), listing them all; does nothing when there is none. */
export function refuseProblems(problems: readonly InputProblem[]): void {
  const first = problems[0];
  if (first) throw new DomainError(ErrorCode.BAD_USER_INPUT, asSentence(first.message), { field: first.field, problems });
}

function asSentence(clause: string): string {
  const capitalized = clause.charAt(0).toUpperCase() + clause.slice(1);
  return /[.!?]$/.test(capitalized) ? capitalized : `${capitalized}.`;
}
