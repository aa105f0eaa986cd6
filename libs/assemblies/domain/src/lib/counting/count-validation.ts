import { badInput } from '@civic/util';
import type { CountCandidate, CountInput } from './counting.types';

/**
 * Checks what the election itself must get right (bad ballots are never an error: they
 * are rejected and reported by each method).
 */
export function assertCountInput(input: CountInput): void {
  if (!Number.isInteger(input.seats) || input.seats < 1) {
    throw badInput('seats', 'The number of seats must be a whole number of at least 1.');
  }
  if (input.seed.length === 0) {
    throw badInput('seed', 'A tie-break seed is required.');
  }
  const seen = new Set<string>();
  for (const candidate of input.candidates) {
    if (candidate.id.length === 0) {
      throw badInput('candidates', 'Every candidate needs an id.');
    }
    if (seen.has(candidate.id)) {
      throw badInput('candidates', `Candidate "${candidate.id}" is listed twice.`);
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
  return oneElectedPerGroup && candidate.group != null && candidate.group !== '' ? `group:${candidate.group}` : `candidate:${candidate.id}`;
}
