/**
 * How a service folds identity's residency events (`identity.resident-verified`,
 * `identity.residency-revoked`) into its own read model. Events can arrive late or out of
 * order (retries, relay restarts), so every consumer must apply the same rule: the newest
 * fact wins whatever the arrival order, and a revocation is remembered so that an older
 * verification cannot undo it.
 */
export interface ResidencyFactBase {
  kind: 'verified' | 'revoked';
  accountId: string;
  jurisdictionCode: string;
  /** When identity decided it, not when it arrived. */
  at: Date;
}

/** The part of a read-model row the rule needs. */
export interface KnownResidency {
  accountId: string;
  jurisdictionCode: string;
  /** Whether the row currently says "verified" (a service may name that state its own way). */
  verified: boolean;
  /** When the fact the row reflects happened. */
  effectiveAt: Date;
}

export type ResidencyFactOutcome =
  | 'apply'
  /** As old as or older than what is known: a late delivery or a replay. */
  | 'stale'
  /** Revokes a residency the person no longer has: a newer verification moved them. */
  | 'other-jurisdiction';

export function residencyFactOutcome(current: KnownResidency | null, fact: ResidencyFactBase): ResidencyFactOutcome {
  if (current && current.accountId !== fact.accountId) {
    throw new Error(`the residency of ${current.accountId} cannot take a fact about ${fact.accountId}`);
  }
  if (Number.isNaN(fact.at.getTime())) throw new Error('a residency fact needs a valid time');
  if (current && fact.at.getTime() <= current.effectiveAt.getTime()) return 'stale';
  if (fact.kind === 'revoked' && current?.verified && current.jurisdictionCode !== fact.jurisdictionCode) {
    return 'other-jurisdiction';
  }
  return 'apply';
}
