import type { ResidencyVerificationMethod } from '@civic/contracts';

export const RESIDENCY_STATUSES = ['unverified', 'verified', 'revoked'] as const;
export type ResidencyStatus = (typeof RESIDENCY_STATUSES)[number];

export interface Residency {
  jurisdictionCode: string | null;
  status: ResidencyStatus;
  method: ResidencyVerificationMethod | null;
  verifiedAt: Date | null;
}

export type VerificationOutcome =
  /** Nothing changes: already verified in this jurisdiction by this method; no event. */
  | { kind: 'unchanged' }
  /** The residency becomes (or is re-)verified; announce it. */
  | { kind: 'verified'; residency: Residency };

/**
 * Verifying again with the same jurisdiction and method is a no-op, so repeated voter-roll
 * imports do not flood other services with events; another method or county is news.
 */
export function verifyResidency(current: Residency, jurisdictionCode: string, method: ResidencyVerificationMethod, now: Date): VerificationOutcome {
  if (current.status === 'verified' && current.jurisdictionCode === jurisdictionCode && current.method === method) {
    return { kind: 'unchanged' };
  }
  return { kind: 'verified', residency: { jurisdictionCode, status: 'verified', method, verifiedAt: now } };
}

export type RevocationOutcome = { kind: 'not-verified' } | { kind: 'revoked'; residency: Residency; jurisdictionCode: string };

/** Only a verified residency can be revoked; the jurisdiction is kept for the record. */
export function revokeResidency(current: Residency): RevocationOutcome {
  if (current.status !== 'verified' || current.jurisdictionCode === null) return { kind: 'not-verified' };
  return {
    kind: 'revoked',
    jurisdictionCode: current.jurisdictionCode,
    residency: { ...current, status: 'revoked' },
  };
}

/** A self-declared county is recorded but not verified: it carries no voting rights. */
export function selfDeclaredResidency(jurisdictionCode: string | null): Residency {
  return {
    jurisdictionCode,
    status: 'unverified',
    method: jurisdictionCode === null ? null : 'self-declared',
    verifiedAt: null,
  };
}
