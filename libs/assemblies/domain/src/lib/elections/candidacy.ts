import type { InputProblem } from '@civic/util';
import { isVerifiedResidentOf, type Resident } from '../residents';

export const CANDIDACY_LIMITS = {
  /** About what a candidate says in their three minutes, written down. */
  statementLength: 2_000,
  displayNameLength: 200,
} as const;

export interface CandidacyDraft {
  displayName: string;
  statement: string;
}

export function normalizeCandidacy(draft: CandidacyDraft): CandidacyDraft {
  return { displayName: draft.displayName.trim(), statement: draft.statement.trim() };
}

/** Problems with a (normalized) nomination, as field → message. */
export function candidacyProblems(draft: CandidacyDraft): InputProblem[] {
  const problems: InputProblem[] = [];
  if (draft.displayName.length === 0) problems.push({ field: 'displayName', message: 'displayName is required' });
  if (draft.displayName.length > CANDIDACY_LIMITS.displayNameLength) {
    problems.push({ field: 'displayName', message: `displayName must be at most ${CANDIDACY_LIMITS.displayNameLength} characters` });
  }
  if (draft.statement.length > CANDIDACY_LIMITS.statementLength) {
    problems.push({ field: 'statement', message: `statement must be at most ${CANDIDACY_LIMITS.statementLength} characters` });
  }
  return problems;
}

/** Only a verified resident of the county may stand for its delegate seats. */
export function mayStandInCounty(resident: Resident | null, jurisdictionCode: string): boolean {
  return isVerifiedResidentOf(resident, jurisdictionCode);
}
