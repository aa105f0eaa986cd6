import * as argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { DEMO_ACCOUNTS, demoAccountId, demoDelegateEmail, demoResidentEmail, demoVoterId, type DemoReferenceData, type Role } from '@civic/contracts';
import { AccountEntity, RoleChangeEntity, VoterRollEntryEntity } from '@civic/identity-data-access';
import { appendManyToOutbox } from '@civic/data-access';
import { isGrantableRole, type GrantableRole } from '@civic/identity-domain';

/** The tier whose jurisdictions people reside in (counties, in the Wisconsin default). */
const CONSTITUENT_TIER_LEVEL = 2;

type SeedRow = Pick<
  AccountEntity,
  | 'id'
  | 'email'
  | 'displayName'
  | 'passwordHash'
  | 'roles'
  | 'clerkOf'
  | 'residencyJurisdictionCode'
  | 'residencyStatus'
  | 'residencyMethod'
  | 'residencyVerifiedAt'
  | 'emailVerifiedAt'
>;

type RollRow = Pick<VoterRollEntryEntity, 'id' | 'voterId' | 'firstName' | 'lastName' | 'email' | 'jurisdictionCode' | 'claimedBy' | 'claimedAt'>;

/**
 * Seeds the demo accounts: one for every granted role (staff, admin, a clerk of Dane County, a
 * board member, an observer: their grants recorded in the role history, reason "demo"), a few residents per county and the
 * county's delegates in office, every email verified, all residents verified by voter roll
 * (each has claimed a roll entry of their county) with their events in the outbox (so voting
 * and assemblies learn them). Each county's roll also has a few unclaimed entries
 * (`demoVoterId(county, 'new', n)`) for which staff can issue voter codes. Ids derive from the emails
 * (`demoAccountId`), which is how the assemblies seeder seats the same delegates.
 * Idempotent: existing accounts are left as they are and send no new events.
 * Expects a DataSource built from `identityDataSourceOptions`.
 */
export async function seedIdentityDemo(dataSource: DataSource, demo: DemoReferenceData): Promise<{ created: number; verified: number }> {
  // One argon2 hash per distinct password: 576 hashes would take a minute.
  const hash = (password: string) => argon2.hash(password, { type: argon2.argon2id });
  const [staffHash, adminHash, clerkHash, boardHash, observerHash, residentHash] = await Promise.all([
    hash(DEMO_ACCOUNTS.staff.password),
    hash(DEMO_ACCOUNTS.admin.password),
    hash(DEMO_ACCOUNTS.clerk.password),
    hash(DEMO_ACCOUNTS.board.password),
    hash(DEMO_ACCOUNTS.observer.password),
    hash(DEMO_ACCOUNTS.residentPassword),
  ]);
  const now = new Date();
  const account = (email: string, displayName: string, passwordHash: string, roles: Role[], clerkOf: string[] = []): SeedRow => ({
    id: demoAccountId(email),
    email,
    displayName,
    passwordHash,
    roles,
    clerkOf,
    residencyJurisdictionCode: null,
    residencyStatus: 'unverified',
    residencyMethod: null,
    residencyVerifiedAt: null,
    emailVerifiedAt: now,
  });
  const rows: SeedRow[] = [
    account(DEMO_ACCOUNTS.staff.email, 'Demo Staff', staffHash, ['staff']),
    account(DEMO_ACCOUNTS.admin.email, 'Demo Admin', adminHash, ['admin']),
    account(DEMO_ACCOUNTS.clerk.email, 'Demo Clerk', clerkHash, ['resident', 'clerk'], [DEMO_ACCOUNTS.clerk.county]),
    account(DEMO_ACCOUNTS.board.email, 'Demo Board Member', boardHash, ['resident', 'board']),
    account(DEMO_ACCOUNTS.observer.email, 'Demo Observer', observerHash, ['resident', 'observer']),
  ];
  // Every granted role is in the history, as an admin's grant would have put it there.
  const grants = rows.flatMap((row) =>
    row.roles
      .filter((role): role is GrantableRole => isGrantableRole(role))
      .map((role): RoleChangeEntity => ({
        id: randomUUID(),
        accountId: row.id,
        action: 'grant',
        role,
        counties: role === 'clerk' ? row.clerkOf : [],
        reason: 'demo',
        changedBy: null,
        changedAt: now,
      })),
  );
  const verifiedResident = (email: string, displayName: string, countyCode: string): SeedRow => ({
    ...account(email, displayName, residentHash, ['resident']),
    residencyJurisdictionCode: countyCode,
    residencyStatus: 'verified',
    residencyMethod: 'voter-roll',
    residencyVerifiedAt: now,
  });
  const roll: RollRow[] = [];
  const rollEntry = (voterId: string, firstName: string, lastName: string, countyCode: string, claimedBy: SeedRow | null): RollRow => ({
    id: randomUUID(),
    voterId,
    firstName,
    lastName,
    email: claimedBy?.email ?? null,
    jurisdictionCode: countyCode,
    claimedBy: claimedBy?.id ?? null,
    claimedAt: claimedBy ? now : null,
  });
  for (const county of demo.jurisdictions.filter((jurisdiction) => jurisdiction.tierLevel === CONSTITUENT_TIER_LEVEL)) {
    for (let n = 1; n <= DEMO_ACCOUNTS.residentsPerCounty; n += 1) {
      const resident = verifiedResident(demoResidentEmail(county.code, n), `${county.name} Resident ${n}`, county.code);
      rows.push(resident);
      roll.push(rollEntry(demoVoterId(county.code, 'resident', n), county.name, `Resident ${n}`, county.code, resident));
    }
    for (let seat = 1; seat <= DEMO_ACCOUNTS.delegatesPerCounty; seat += 1) {
      const delegate = verifiedResident(demoDelegateEmail(county.code, seat), `${county.name} Delegate ${seat}`, county.code);
      rows.push(delegate);
      roll.push(rollEntry(demoVoterId(county.code, 'delegate', seat), county.name, `Delegate ${seat}`, county.code, delegate));
    }
    for (let n = 1; n <= DEMO_ACCOUNTS.unclaimedRollEntriesPerCounty; n += 1) {
      roll.push(rollEntry(demoVoterId(county.code, 'new', n), county.name, `Newcomer ${n}`, county.code, null));
    }
  }

  return dataSource.transaction(async (manager) => {
    const result = await manager.createQueryBuilder().insert().into(AccountEntity).values(rows).orIgnore().returning(['id']).execute();
    // Only accounts created now announce their residency; a re-run sends nothing.
    const createdIds = new Set((result.raw as Array<{ id: string }>).map((row) => row.id));
    const verified = rows.filter((row) => createdIds.has(row.id) && row.residencyJurisdictionCode !== null);
    const newGrants = grants.filter((grant) => createdIds.has(grant.accountId));
    if (newGrants.length > 0) await manager.insert(RoleChangeEntity, newGrants);
    // Existing entries (a re-run) are left as they are.
    for (let start = 0; start < roll.length; start += 2_000) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(VoterRollEntryEntity)
        .values(roll.slice(start, start + 2_000))
        .orIgnore()
        .execute();
    }
    await appendManyToOutbox(
      manager,
      'identity.resident-verified',
      verified.map((row) => ({
        accountId: row.id,
        jurisdictionCode: row.residencyJurisdictionCode ?? '',
        method: 'voter-roll' as const,
        verifiedAt: now.toISOString(),
        displayName: row.displayName,
      })),
    );
    return { created: createdIds.size, verified: verified.length };
  });
}
