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
}

/** Demo sign-in details printed by `npm start` and used by end-to-end tests. */
export const DEMO_ACCOUNTS = {
  staff: { email: 'staff@demo.civic.test', password: 'demo-staff-passphrase' },
  admin: { email: 'admin@demo.civic.test', password: 'demo-admin-passphrase' },
  /** Residents: resident-<county code>-<n>@demo.civic.test, n = 1..residentsPerCounty. */
  residentPassword: 'demo-resident-passphrase',
  residentsPerCounty: 3,
} as const;

export function demoResidentEmail(jurisdictionCode: string, n: number): string {
  return `resident-${jurisdictionCode}-${n}@demo.civic.test`;
}
