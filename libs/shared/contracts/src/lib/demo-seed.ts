import { createHash } from 'node:crypto';

/**
 * The shape of the reference data the demo seed hands to every service's seeder:
 * the congress, its tiers and its jurisdictions (Wisconsin by default, from data/).
 */
export interface DemoJurisdiction {
  /** Stable code: the state's postal code, "D01".."D11" for districts, FIPS for counties. */
  code: string;
  name: string;
  /** Index into `tiers`, 0 being the whole region. */
  tierLevel: number;
  parentCode: string | null;
  population: number | null;
  /** County seat or other place where the assembly usually meets. */
  seat: string | null;
}

export interface DemoReferenceData {
  congress: { slug: string; name: string; shortName: string; timeZone: string };
  tiers: Array<{ level: number; name: string; pluralName: string }>;
  jurisdictions: DemoJurisdiction[];
  /** Standing advisory committees and the youth congress (optional: a congress may have none). */
  committees?: DemoCommittee[];
}

/** A committee of the demo congress (Wisconsin: data/wisconsin/committees.csv). */
export interface DemoCommittee {
  name: string;
  kind: 'advisory-committee' | 'youth-congress';
  /** A public page that names the committee; null where the name is typical but unverified. */
  sourceUrl: string | null;
}

/** Demo sign-in details printed by `npm start` and used by end-to-end tests. */
export const DEMO_ACCOUNTS = {
  staff: { email: 'staff@demo.civic.test', password: 'demo-staff-passphrase' },
  admin: { email: 'admin@demo.civic.test', password: 'demo-admin-passphrase' },
  /** A county clerk of Dane County (55025) only. */
  clerk: { email: 'clerk@demo.civic.test', password: 'demo-clerk-passphrase', county: '55025' },
  board: { email: 'board@demo.civic.test', password: 'demo-board-passphrase' },
  observer: { email: 'observer@demo.civic.test', password: 'demo-observer-passphrase' },
  /** Residents: resident-<county code>-<n>@demo.civic.test, n = 1..residentsPerCounty. */
  residentPassword: 'demo-resident-passphrase',
  residentsPerCounty: 3,
  /** Delegates in office per county: the Wisconsin default's 5 seats (see demoDelegateEmail). */
  delegatesPerCounty: 5,
  /** Voter-roll entries per county that no account has claimed: staff issue voter codes for them (see demoVoterId). */
  unclaimedRollEntriesPerCounty: 3,
} as const;

/**
 * Demo voter ids: WI-<county code>-R<n> for demo residents, -D<seat> for demo delegates (both
 * claimed by their accounts), -N<n> for the unclaimed entries that a newcomer can claim.
 */
export function demoVoterId(jurisdictionCode: string, kind: 'resident' | 'delegate' | 'new', n: number): string {
  return `WI-${jurisdictionCode}-${kind === 'resident' ? 'R' : kind === 'delegate' ? 'D' : 'N'}${n}`;
}

export function demoResidentEmail(jurisdictionCode: string, n: number): string {
  return `resident-${jurisdictionCode}-${n}@demo.civic.test`;
}

/** Demo delegates: delegate-<county code>-<seat number>@demo.civic.test (password: residentPassword). */
export function demoDelegateEmail(jurisdictionCode: string, seatNumber: number): string {
  return `delegate-${jurisdictionCode}-${seatNumber}@demo.civic.test`;
}

/** The namespace of demo account ids (a fixed random UUID). */
const DEMO_ACCOUNT_NAMESPACE = '6f1d3c2e-8b4a-4c59-9f0e-3a7b2d5c9e41';

/**
 * A demo account's id, derived from its email as a UUID version 5 (SHA-1, RFC 9562 §5.5)
 * in a fixed namespace, so that identity and assemblies seed the same person
 * independently and every run yields the same id.
 */
export function demoAccountId(email: string): string {
  const namespace = Buffer.from(DEMO_ACCOUNT_NAMESPACE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(email.trim().toLowerCase(), 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
