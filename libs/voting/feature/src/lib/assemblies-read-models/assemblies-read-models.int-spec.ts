import { randomUUID } from 'node:crypto';
import type { AttendeeCheckedInPayload, BodyMembershipChangedPayload, DelegateSeatChangedPayload, JurisdictionChangedPayload } from '@civic/contracts';
import { EventHandlerRegistry } from '@civic/data-access';
import { envelope, startVotingTestApp, type VotingTestApp } from '../../testing/voting-test-app';

/**
 * Assemblies' events applied to voting's read models (delegate_seat, meeting_attendee,
 * jurisdiction, body_member): late or repeated deliveries never undo a newer change.
 * Counties 99690–99699 are this file's own.
 */
let testApp: VotingTestApp;

beforeAll(async () => {
  testApp = await startVotingTestApp();
});

afterAll(async () => {
  await testApp?.close();
});

const at = (iso: string) => new Date(iso).toISOString();

function seat(changes: Partial<DelegateSeatChangedPayload> = {}): DelegateSeatChangedPayload {
  return {
    tenureId: randomUUID(),
    accountId: randomUUID(),
    displayName: 'Ada Delegate',
    countyCode: '99690',
    seatNumber: 2,
    active: true,
    termStart: '2026-05-01',
    termEnd: '2029-04-30',
    changedAt: at('2026-05-01T12:00:00Z'),
    ...changes,
  };
}

async function rows<T>(sql: string, params: unknown[]): Promise<T[]> {
  return (await testApp.dataSource.query(sql, params)) as T[];
}

describe('assemblies read models in voting', () => {
  it('handles every assemblies event voting subscribes to', () => {
    const names = testApp.app.get(EventHandlerRegistry).registeredNames();
    expect(names).toEqual(
      expect.arrayContaining([
        'assemblies.delegate-seat-changed',
        'assemblies.attendee-checked-in',
        'assemblies.jurisdiction-changed',
        'assemblies.body-membership-changed',
      ]),
    );
  });

  it('keeps the newest change of a delegate seat whatever the arrival order', async () => {
    const started = seat();
    const ended = { ...started, active: false, changedAt: at('2026-09-01T12:00:00Z') };
    expect(await testApp.deliver(envelope('assemblies.delegate-seat-changed', started))).toBe('applied');
    await testApp.deliver(envelope('assemblies.delegate-seat-changed', ended));
    // A retry of the start arrives late: the seat stays ended.
    await testApp.deliver(envelope('assemblies.delegate-seat-changed', started));

    expect(
      await rows(
        `SELECT "tenure_id", "account_id", "display_name", "county_code", "seat_number", "active", "term_start"::text, "term_end"::text, "changed_at" FROM "voting"."delegate_seat" WHERE "tenure_id" = $1`,
        [started.tenureId],
      ),
    ).toEqual([
      {
        tenure_id: started.tenureId,
        account_id: started.accountId,
        display_name: 'Ada Delegate',
        county_code: '99690',
        seat_number: 2,
        active: false,
        term_start: '2026-05-01',
        term_end: '2029-04-30',
        changed_at: new Date('2026-09-01T12:00:00Z'),
      },
    ]);
  });

  it('stores a check-in once; a repeat may only add the vote', async () => {
    const checkIn: AttendeeCheckedInPayload = {
      meetingId: randomUUID(),
      year: 2026,
      countyCode: '99691',
      accountId: randomUUID(),
      withVote: true,
      checkedInAt: at('2026-04-14T18:30:00Z'),
    };
    const first = envelope('assemblies.attendee-checked-in', checkIn);
    expect(await testApp.deliver(first)).toBe('applied');
    expect(await testApp.deliver(first)).toBe('duplicate');
    await testApp.deliver(envelope('assemblies.attendee-checked-in', { ...checkIn, withVote: false, checkedInAt: at('2026-04-14T19:00:00Z') }));
    const guest = { ...checkIn, accountId: randomUUID(), withVote: false };
    await testApp.deliver(envelope('assemblies.attendee-checked-in', guest));
    const upgraded = { ...checkIn, accountId: randomUUID(), withVote: false };
    await testApp.deliver(envelope('assemblies.attendee-checked-in', upgraded));
    await testApp.deliver(envelope('assemblies.attendee-checked-in', { ...upgraded, withVote: true }));

    expect(
      await rows(
        `SELECT "account_id", "year", "county_code", "with_vote", "checked_in_at" FROM "voting"."meeting_attendee" WHERE "meeting_id" = $1 ORDER BY "with_vote" DESC, "account_id" = $2 DESC`,
        [checkIn.meetingId, checkIn.accountId],
      ),
    ).toEqual([
      { account_id: checkIn.accountId, year: 2026, county_code: '99691', with_vote: true, checked_in_at: new Date('2026-04-14T18:30:00Z') },
      { account_id: upgraded.accountId, year: 2026, county_code: '99691', with_vote: true, checked_in_at: new Date('2026-04-14T18:30:00Z') },
      { account_id: guest.accountId, year: 2026, county_code: '99691', with_vote: false, checked_in_at: new Date('2026-04-14T18:30:00Z') },
    ]);
  });

  it('keeps the newest change of a jurisdiction, removal included', async () => {
    const county: JurisdictionChangedPayload = {
      code: '99692',
      name: 'Test County',
      tierLevel: 3,
      parentCode: '99-D1',
      removed: false,
      changedAt: at('2026-01-01T00:00:00Z'),
    };
    await testApp.deliver(envelope('assemblies.jurisdiction-changed', county));
    const moved = { ...county, name: 'Renamed County', parentCode: '99-D2', changedAt: at('2026-02-01T00:00:00Z') };
    await testApp.deliver(envelope('assemblies.jurisdiction-changed', moved));
    await testApp.deliver(envelope('assemblies.jurisdiction-changed', county));
    expect(await rows(`SELECT "name", "tier_level", "parent_code", "removed" FROM "voting"."jurisdiction" WHERE "code" = $1`, ['99692'])).toEqual([
      { name: 'Renamed County', tier_level: 3, parent_code: '99-D2', removed: false },
    ]);

    await testApp.deliver(envelope('assemblies.jurisdiction-changed', { ...moved, removed: true, changedAt: at('2026-03-01T00:00:00Z') }));
    expect(await rows(`SELECT "removed", "changed_at" FROM "voting"."jurisdiction" WHERE "code" = $1`, ['99692'])).toEqual([
      { removed: true, changed_at: new Date('2026-03-01T00:00:00Z') },
    ]);
  });

  it('keeps body memberships in voting’s own body_member table', async () => {
    const membership: BodyMembershipChangedPayload = {
      membershipId: randomUUID(),
      bodyCode: 'committee-natural-resources-99693',
      bodyName: 'Natural Resources',
      bodyKind: 'committee',
      accountId: randomUUID(),
      displayName: 'Grace Member',
      office: 'chair',
      active: true,
      termStart: '2026-05-01',
      termEnd: '2027-04-30',
      changedAt: at('2026-05-01T10:00:00Z'),
    };
    await testApp.deliver(envelope('assemblies.body-membership-changed', membership));
    await testApp.deliver(envelope('assemblies.body-membership-changed', { ...membership, active: false, changedAt: at('2026-06-01T10:00:00Z') }));
    await testApp.deliver(envelope('assemblies.body-membership-changed', membership));
    expect(
      await rows(
        `SELECT "body_code", "body_name", "account_id", "display_name", "office", "active", "term_start"::text, "term_end"::text FROM "voting"."body_member" WHERE "membership_id" = $1`,
        [membership.membershipId],
      ),
    ).toEqual([
      {
        body_code: membership.bodyCode,
        body_name: 'Natural Resources',
        account_id: membership.accountId,
        display_name: 'Grace Member',
        office: 'chair',
        active: false,
        term_start: '2026-05-01',
        term_end: '2027-04-30',
      },
    ]);
  });
});
