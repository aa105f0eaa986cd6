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

/** BAD_USER_INPUT for a problem (as a sentence) naming its field, listing it with any others. */
export function inputProblemError(problem: InputProblem, others: readonly InputProblem[] = []): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, asSentence(problem.message), { field: problem.field, problems: [problem, ...others] });
}

/** Throws BAD_USER_INPUT for the first problem, listing them all; does nothing when there is none. */
export function refuseProblems(problems: readonly InputProblem[]): void {
  const [first, ...others] = problems;
  if (first) throw inputProblemError(first, others);
}

function asSentence(clause: string): string {
  const capitalized = clause.charAt(0).toUpperCase() + clause.slice(1);
  return /[.!?]$/.test(capitalized) ? capitalized : `${capitalized}.`;
}
