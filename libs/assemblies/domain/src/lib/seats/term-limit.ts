/**
 * Optional term limits. A limit counts the consecutive full terms a person has been
 * elected to in one jurisdiction; appointments to the rest of a term and extensions do not
 * count (they are not terms won at an election). Terms are consecutive when one ends in
 * the year the next starts or later (seats of a county have different cycles).
 */
export interface TermLimit {
  maxConsecutiveTerms: number;
}

export type TenureStartKind = 'elected' | 'appointed' | 'extended';

export interface PastTerm {
  startYear: number;
  endYear: number;
  kind: TenureStartKind;
}

export const MAX_TERM_LIMIT = 20;

export function validateTermLimit(limit: TermLimit | null): string[] {
  if (limit === null) return [];
  return Number.isInteger(limit.maxConsecutiveTerms) && limit.maxConsecutiveTerms >= 1 && limit.maxConsecutiveTerms <= MAX_TERM_LIMIT
    ? []
    : [`termLimit.maxConsecutiveTerms must be 1–${MAX_TERM_LIMIT}`];
}

/** How many elected terms in an unbroken chain end at (or run into) `startYear`. */
export function consecutiveElectedTerms(past: readonly PastTerm[], startYear: number): number {
  const elected = past.filter((term) => term.kind === 'elected' && term.startYear < startYear).sort((a, b) => b.endYear - a.endYear);
  // Any tenure (appointed, extended) keeps a chain unbroken, but only elected terms are counted.
  const spans = [...past].filter((term) => term.startYear < startYear).sort((a, b) => b.endYear - a.endYear);
  let chainStart = startYear;
  for (const span of spans) {
    if (span.endYear < chainStart) break;
    chainStart = Math.min(chainStart, span.startYear);
  }
  return elected.filter((term) => term.startYear >= chainStart).length;
}

/** Whether a person may begin another elected term in `startYear`; null when no limit is set. */
export function termLimitAllows(limit: TermLimit | null, past: readonly PastTerm[], startYear: number): boolean {
  if (limit === null) return true;
  return consecutiveElectedTerms(past, startYear) < limit.maxConsecutiveTerms;
}
