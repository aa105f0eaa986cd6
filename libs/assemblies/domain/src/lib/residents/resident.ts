export const RESIDENT_STATUSES = ['verified', 'revoked'] as const;
export type ResidentStatus = (typeof RESIDENT_STATUSES)[number];

/**
 * What assemblies knows about where a person lives, learned from identity's residency
 * events (the shared residency read model of @civic/data-access keeps it up to date). A
 * read model: identity stays the authority, this copy only answers "may this person vote
 * at that county's assembly" without a call across services.
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

/** Whether the person is, as far as assemblies knows, a verified resident of `jurisdictionCode`. */
export function isVerifiedResidentOf(resident: Resident | null, jurisdictionCode: string): boolean {
  return resident?.status === 'verified' && resident.jurisdictionCode === jurisdictionCode;
}
