import type { CountInput, CountResult } from './counting.types';
import { countMarkedBallots } from './marked-ballot-count';

/** Approval: each ballot marks any number of candidates; the k most approved win. */
export function countApproval(input: CountInput): CountResult {
  return countMarkedBallots('approval', input);
}
