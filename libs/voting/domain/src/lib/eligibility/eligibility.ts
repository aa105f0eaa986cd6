import type { ResidencyVerificationMethod, Role } from '@civic/contracts';
import { residencyFactOutcome } from '@civic/shared-domain';

export const ELIGIBILITY_STATUSES = ['eligible', 'revoked'] as const;
export type EligibilityStatus = (typeof ELIGIBILITY_STATUSES)[number];

/**
 * What the voting service knows about a person's right to vote, learned from identity's
 * residency events. It is a read model: identity stays the authority.
 */
export interface Eligibility {
  accountId: string;
  /** The constituent jurisdiction (a county, by default) the person votes in. */
  jurisdictionCode: string;
  status: EligibilityStatus;
  /** How the residency was last verified; null if a revocation arrived first. */
  method: ResidencyVerificationMethod | null;
  verifiedAt: Date | null;
  /** When the fact this record reflects happened (verification or revocation). */
  effectiveAt: Date;
}

/** A residency fact from identity, in the order identity decided it, not the order it arrived. */
export type ResidencyFact =
  | {
      kind: 'verified';
      accountId: string;
      jurisdictionCode: string;
      method: ResidencyVerificationMethod;
      at: Date;
    }
  | { kind: 'revoked'; accountId: string; jurisdictionCode: string; at: Date };

export type EligibilityDecision =
  | { kind: 'apply'; next: Eligibility }
  /** Older than (or as old as) what is known: a late or replayed delivery. */
  | { kind: 'ignore'; reason: 'stale' }
  /** Revokes a residency the person no longer has: they were verified elsewhere since. */
  | { kind: 'ignore'; reason: 'other-jurisdiction' };

/**
 * Decides what a residency fact does to the known eligibility, by the rule every consumer
 * of identity's residency events shares (`residencyFactOutcome`).
 */
export function decideEligibility(current: Eligibility | null, fact: ResidencyFact): EligibilityDecision {
  const outcome = residencyFactOutcome(current && { ...current, verified: current.status === 'eligible' }, fact);
  if (outcome !== 'apply') return { kind: 'ignore', reason: outcome };
  switch (fact.kind) {
    case 'verified':
      return {
        kind: 'apply',
        next: {
          accountId: fact.accountId,
          jurisdictionCode: fact.jurisdictionCode,
          status: 'eligible',
          method: fact.method,
          verifiedAt: fact.at,
          effectiveAt: fact.at,
        },
      };
    case 'revoked':
      return {
        kind: 'apply',
        next: {
          accountId: fact.accountId,
          jurisdictionCode: fact.jurisdictionCode,
          status: 'revoked',
          method: current?.method ?? null,
          verifiedAt: current?.verifiedAt ?? null,
          effectiveAt: fact.at,
        },
      };
  }
}

/** Who may read an account's eligibility: the person themselves and staff. */
export function canReadEligibility(viewer: { accountId: string; roles: readonly Role[] }, accountId: string): boolean {
  return viewer.accountId === accountId || viewer.roles.some((role) => role === 'staff' || role === 'admin' || role === 'observer');
}
