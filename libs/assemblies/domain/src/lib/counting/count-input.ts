import { ErrorCode } from '@civic/contracts';
import { DomainError } from '@civic/util';
import type { CountCandidate, CountInput } from './counting.types';

/**
 * Checks what the election itself must get right (bad ballots are never an error: they
 * are rejected and reported by each method).
 */
export function assertCountInput(input: CountInput): void {
  if (!Number.isInteger(input.seats) || input.seats < 1) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The number of seats must be a whole number of at least 1.', { field: 'seats' });
  }
  if (input.seed.length === 0) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A tie-break seed is required.', { field: 'seed' });
  }
  const seen = new Set<string>();
  for (const candidate of input.candidates) {
    if (candidate.id.length === 0) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Every candidate needs an id.', { field: 'candidates' });
    }
    if (seen.has(candidate.id)) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `Candidate "${candidate.id}" is listed twice.`, { field: 'candidates' });
    }
    seen.add(candidate.id);
  }
}

/** Papers an entry stands for, or null when the count is not a positive whole number. */
export function ballotCount(count: number | undefined): number | null {
  const value = count ?? 1;
  return Number.isSafeInteger(value) && value >= 1 ? value : null;
}

/**
 * The key the one-per-group constraint compares: the group, or the candidate itself when
 * ungrouped or when the constraint is off (so every candidate is its own group).
 */
export function constraintKey(candidate: CountCandidate, oneElectedPerGroup: boolean): string {
  return oneElectedPerGroup && candidate.group != null && candidate.group !== ''
    ? `group:${candidate.group}`
    : `candidate:${candidate.id}`;
}
