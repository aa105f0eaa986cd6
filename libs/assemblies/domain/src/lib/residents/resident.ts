import { residencyFactOutcome } from '@civic/shared-domain';

export const RESIDENT_STATUSES = ['verified', 'revoked'] as const;
export type ResidentStatus = (typeof RESIDENT_STATUSES)[number];

/**
 * What assemblies knows about where a person lives, learned from identity's residency
 * events. A read model: identity stays the authority, this copy only answers "may this
 * person vote at that county's assembly" without a call across services.
 */
export interface Resident {
  accountId: string;
  /** The constituent jurisdiction (a county, by default) of the residency. */
  jurisdictionCode: string;
  status: ResidentStatus;
  /** When the residency was last verified; null if a revocation arrived first. */
  verifiedAt: Date | null;
  /** When the fact this record reflects happened (a verification or a revocation). */
  effectiveAt: Date;
}

/** A residency fact from identity, with the time identity decided it (not when it arrived). */
export type ResidencyFact =
  | { kind: 'verified'; accountId: string; jurisdictionCode: string; at: Date }
  | { kind: 'revoked'; accountId: string; jurisdictionCode: string; at: Date };

export type ResidencyDecision =
  | { kind: 'apply'; next: Resident }
  /** As old as or older than what is known: a late delivery or a replay. */
  | { kind: 'ignore'; reason: 'stale' }
  /** Revokes a residency the person no longer has: a newer verification moved them. */
  | { kind: 'ignore'; reason: 'other-jurisdiction' };

/**
 * What a residency fact does to the known residency, by the rule every consumer of
 * identity's residency events shares (`residencyFactOutcome`).
 */
export function decideResidency(current: Resident | null, fact: ResidencyFact): ResidencyDecision {
  const outcome = residencyFactOutcome(current && { ...current, verified: current.status === 'verified' }, fact);
  if (outcome !== 'apply') return { kind: 'ignore', reason: outcome };
  const next: Resident =
    fact.kind === 'verified'
      ? { accountId: fact.accountId, jurisdictionCode: fact.jurisdictionCode, status: 'verified', verifiedAt: fact.at, effectiveAt: fact.at }
      : {
          accountId: fact.accountId,
          jurisdictionCode: fact.jurisdictionCode,
          status: 'revoked',
          verifiedAt: current?.verifiedAt ?? null,
          effectiveAt: fact.at,
        };
  return { kind: 'apply', next };
}

/** Whether the person is, as far as assemblies knows, a verified resident of `jurisdictionCode`. */
export function isVerifiedResidentOf(resident: Resident | null, jurisdictionCode: string): boolean {
  return resident?.status === 'verified' && resident.jurisdictionCode === jurisdictionCode;
}
