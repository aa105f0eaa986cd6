import { characterCount } from '@civic/util';

// The one way to measure text (code points after NFC), re-exported for the resolutions libraries.

/**
 * The limits a citizen resolution must respect when submitted. They are configuration
 * per congress; Wisconsin's are the default.
 */
export interface SubmissionLimits {
  /** Longest text accepted, in characters (Unicode code points). */
  maxCharacters: number;
  /** How many resolutions one person may submit in one congress year. */
  maxPerPersonPerYear: number;
}

export const WISCONSIN_SUBMISSION_LIMITS: SubmissionLimits = { maxCharacters: 2000, maxPerPersonPerYear: 2 };

export type SubmissionProblem =
  { rule: 'empty-text' } | { rule: 'too-long'; length: number; max: number } | { rule: 'yearly-limit-reached'; submitted: number; max: number };

export function checkSubmission(text: string, alreadySubmittedThisYear: number, limits: SubmissionLimits): SubmissionProblem[] {
  const problems: SubmissionProblem[] = [];
  const length = characterCount(text.trim());
  if (length === 0) problems.push({ rule: 'empty-text' });
  if (length > limits.maxCharacters) problems.push({ rule: 'too-long', length, max: limits.maxCharacters });
  if (alreadySubmittedThisYear >= limits.maxPerPersonPerYear) {
    problems.push({ rule: 'yearly-limit-reached', submitted: alreadySubmittedThisYear, max: limits.maxPerPersonPerYear });
  }
  return problems;
}
