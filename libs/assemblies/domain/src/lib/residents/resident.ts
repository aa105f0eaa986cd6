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
 * What a residency fact does to the known residency. Events can arrive late or out of
 * order (retries, a relay restart), so the newest fact wins whatever the arrival order,
 * and a revocation is kept so that an older verification arriving after it cannot undo it.
 */
export function decideResidency(current: Resident | null, fact: ResidencyFact): ResidencyDecision {
  if (current && current.accountId !== fact.accountId) {
    throw new Error(`the residency of ${current.accountId} cannot take a fact about ${fact.accountId}`);
  }
  if (Number.isNaN(fact.at.getTime())) throw new Error('a residency fact needs a valid time');
  if (current && fact.at.getTime() <= current.effectiveAt.getTime()) return { kind: 'ignore', reason: 'stale' };

  if (fact.kind === 'verified') {
    return {
      kind: 'apply',
      next: { accountId: fact.accountId, jurisdictionCode: fact.jurisdictionCode, status: 'verified', verifiedAt: fact.at, effectiveAt: fact.at },
    };
  }
  if (current?.status === 'verified' && current.jurisdictionCode !== fact.jurisdictionCode) {
    return { kind: 'ignore', reason: 'other-jurisdiction' };
  }
  return {
    kind: 'apply',
    next: {
      accountId: fact.accountId,
      jurisdictionCode: fact.jurisdictionCode,
      status: 'revoked',
      verifiedAt: current?.verifiedAt ?? null,
      effectiveAt: fact.at,
    },
  };
}

/** Whether the person is, as far as assemblies knows, a verified resident of `jurisdictionCode`. */
export function isVerifiedResidentOf(resident: Resident | null, jurisdictionCode: string): boolean {
  return resident?.status === 'verified' && resident.jurisdictionCode === jurisdictionCode;
}
