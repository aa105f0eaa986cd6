import * as argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import { DEMO_ACCOUNTS, demoAccountId, demoDelegateEmail, demoResidentEmail, type DemoReferenceData, type Role } from '@civic/contracts';
import { AccountEntity } from '@civic/identity-data-access';
import { appendManyToOutbox } from '@civic/data-access';

/** The tier whose jurisdictions people reside in (counties, in the Wisconsin default). */
const CONSTITUENT_TIER_LEVEL = 2;

type SeedRow = Pick<
  AccountEntity,
  'id' | 'email' | 'displayName' | 'passwordHash' | 'roles' | 'residencyJurisdictionCode' | 'residencyStatus' | 'residencyMethod' | 'residencyVerifiedAt'
>;

/**
 * Seeds the demo accounts: a staff member, an admin, a few residents per county and the
 * county's delegates in office, all residents verified by voter roll with their events in
 * the outbox (so voting and assemblies learn them). Ids derive from the emails
 * (`demoAccountId`), which is how the assemblies seeder seats the same delegates.
 * Idempotent: existing accounts are left as they are and send no new events.
 * Expects a DataSource built from `identityDataSourceOptions`.
 */
export async function seedIdentityDemo(dataSource: DataSource, demo: DemoReferenceData): Promise<{ created: number; verified: number }> {
  // One argon2 hash per distinct password: 576 hashes would take a minute.
  const hash = (password: string) => argon2.hash(password, { type: argon2.argon2id });
  const [staffHash, adminHash, residentHash] = await Promise.all([
    hash(DEMO_ACCOUNTS.staff.password),
    hash(DEMO_ACCOUNTS.admin.password),
    hash(DEMO_ACCOUNTS.residentPassword),
  ]);
  const now = new Date();
  const account = (email: string, displayName: string, passwordHash: string, roles: Role[]): SeedRow => ({
    id: demoAccountId(email),
    email,
    displayName,
    passwordHash,
    roles,
    residencyJurisdictionCode: null,
    residencyStatus: 'unverified',
    residencyMethod: null,
    residencyVerifiedAt: null,
  });
  const rows: SeedRow[] = [
    account(DEMO_ACCOUNTS.staff.email, 'Demo Staff', staffHash, ['staff']),
    account(DEMO_ACCOUNTS.admin.email, 'Demo Admin', adminHash, ['admin']),
  ];
  const verifiedResident = (email: string, displayName: string, countyCode: string): SeedRow => ({
    ...account(email, displayName, residentHash, ['resident']),
    residencyJurisdictionCode: countyCode,
    residencyStatus: 'verified',
    residencyMethod: 'voter-roll',
    residencyVerifiedAt: now,
  });
  for (const county of demo.jurisdictions.filter((jurisdiction) => jurisdiction.tierLevel === CONSTITUENT_TIER_LEVEL)) {
    for (let n = 1; n <= DEMO_ACCOUNTS.residentsPerCounty; n += 1) {
      rows.push(verifiedResident(demoResidentEmail(county.code, n), `${county.name} Resident ${n}`, county.code));
    }
    for (let seat = 1; seat <= DEMO_ACCOUNTS.delegatesPerCounty; seat += 1) {
      rows.push(verifiedResident(demoDelegateEmail(county.code, seat), `${county.name} Delegate ${seat}`, county.code));
    }
  }

  return dataSource.transaction(async (manager) => {
    const result = await manager.createQueryBuilder().insert().into(AccountEntity).values(rows).orIgnore().returning(['id']).execute();
    // Only accounts created now announce their residency; a re-run sends nothing.
    const createdIds = new Set((result.raw as Array<{ id: string }>).map((row) => row.id));
    const verified = rows.filter((row) => createdIds.has(row.id) && row.residencyJurisdictionCode !== null);
    await appendManyToOutbox(
      manager,
      'identity.resident-verified',
      verified.map((row) => ({
        accountId: row.id,
        jurisdictionCode: row.residencyJurisdictionCode ?? '',
        method: 'voter-roll' as const,
        verifiedAt: now.toISOString(),
      })),
    );
    return { created: createdIds.size, verified: verified.length };
  });
}
