import type { CountInput, CountResult } from './counting.types';
import { countMarkedBallots } from './marked-ballot-count';

/**
 * Plurality for k seats (the default method): each ballot marks up to k candidates; a
 * ballot with more than k marks, a repeated mark or an unknown candidate is rejected.
 */
export function countPlurality(input: CountInput): CountResult {
  return countMarkedBallots('plurality', input);
}
