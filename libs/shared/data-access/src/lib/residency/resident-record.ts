import { residencyFactOutcome } from '@civic/shared-domain';

export const RESIDENCY_STATUSES = ['verified', 'revoked'] as const;
export type ResidencyStatus = (typeof RESIDENCY_STATUSES)[number];

/**
 * What a service knows about where a person lives, learned from identity's residency
 * events. A read model: identity stays the authority, the copy only answers questions
 * such as "may this person act in that county" without a call across services.
 */
export interface ResidentRecord {
  accountId: string;
  /** The constituent jurisdiction (a county, by default) of the residency. */
  jurisdictionCode: string;
  status: ResidencyStatus;
  /** When the residency was last verified; null if a revocation arrived first. */
  verifiedAt: Date | null;
  /** When the fact this record reflects happened (a verification or a revocation). */
  effectiveAt: Date;
  /** The account's public display name, as the latest verification carried it; null if none did. */
  displayName: string | null;
}

/** A residency fact from identity, with the time identity decided it (not when it arrived). */
export interface ResidencyFact {
  kind: 'verified' | 'revoked';
  accountId: string;
  jurisdictionCode: string;
  at: Date;
  /** A verification's display name of the account, when the event carries one. */
  displayName?: string;
}

export type ResidencyFactResult = { kind: 'apply'; next: ResidentRecord } | { kind: 'ignore'; reason: 'stale' | 'other-jurisdiction' };

/**
 * What a residency fact does to the known record, by the rule every consumer of
 * identity's residency events shares (`residencyFactOutcome`).
 */
export function applyResidencyFact(current: ResidentRecord | null, fact: ResidencyFact): ResidencyFactResult {
  const outcome = residencyFactOutcome(current && { ...current, verified: current.status === 'verified' }, fact);
  if (outcome !== 'apply') return { kind: 'ignore', reason: outcome };
  const next: ResidentRecord =
    fact.kind === 'verified'
      ? {
          accountId: fact.accountId,
          jurisdictionCode: fact.jurisdictionCode,
          status: 'verified',
          verifiedAt: fact.at,
          effectiveAt: fact.at,
          displayName: fact.displayName ?? current?.displayName ?? null,
        }
      : {
          accountId: fact.accountId,
          jurisdictionCode: fact.jurisdictionCode,
          status: 'revoked',
          // A revocation keeps when the residency was last verified (null if it came first).
          verifiedAt: current?.verifiedAt ?? null,
          effectiveAt: fact.at,
          displayName: current?.displayName ?? null,
        };
  return { kind: 'apply', next };
}
