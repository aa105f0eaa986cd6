import { randomInt, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { demoAccountId, demoDelegateEmail, ErrorCode, type BodyMembershipChangedPayload, type ResolutionConflictDeclaredPayload } from '@civic/contracts';
import { codeOf, dataOf } from '@civic/testing';
import { seedTestDistrict, startAssembliesTestApp, type AssembliesTestApp, type TestDistrict } from '../../testing/assemblies-test-app';

/**
 * The events the resolutions service learns bodies from, read from assemblies' outbox (the
 * test app runs no relay, so rows stay where the transaction wrote them): every membership
 * that begins or ends, the demo seed's included, and conflicts of interest declared on
 * agenda items that name a citizen resolution. The database is shared with other specs, so
 * this spec adds its own district and reads only events about its own rows.
 */
let testApp: AssembliesTestApp;
let dataSource: DataSource;
let gql: AssembliesTestApp['gql'];
let staff: string;
const suffix = randomInt(100_000, 999_999).toString();
const COUNTIES = [1, 2].map((n) => `MC${suffix}${n}`);
const SEEDED_COMMITTEE = `Heron Committee ${suffix}`;
const delegate = (county: number, seat: number) => demoAccountId(demoDelegateEmail(COUNTIES[county - 1] ?? '', seat));
const asDelegate = (county: number, seat: number) => testApp.issuer.sign({ accountId: delegate(county, seat), roles: ['resident'] });

const ASSIGN = `mutation ($input: AssignBodyMemberInput!) { assignBodyMember(input: $input) { id displayName termStart termEnd } }`;
const END = `mutation ($input: EndBodyMembershipInput!) { endBodyMembership(input: $input) { id endReason } }`;
const CREATE_COMMITTEE = `mutation ($input: CreateCommitteeInput!) { createCommittee(input: $input) { id code name } }`;
const SCHEDULE = `mutation ($input: ScheduleBodyMeetingInput!) { scheduleBodyMeeting(input: $input) { id agenda { id position resolutionId } } }`;
const DECLARE = `mutation ($input: DeclareConflictOfInterestInput!) { declareConflictOfInterest(input: $input) { id reason } }`;

interface Committee {
  id: string;
  code: string;
  name: string;
}

async function outbox<P>(name: string, key: string, value: string): Promise<P[]> {
  const rows = (await dataSource.query(`SELECT payload FROM assemblies.outbox_event WHERE name = $1 AND payload->>$2 = $3 ORDER BY position`, [
    name,
    key,
    value,
  ])) as Array<{ payload: P }>;
  return rows.map((row) => row.payload);
}

const membershipEvents = (field: 'membershipId' | 'bodyCode', value: string) =>
  outbox<BodyMembershipChangedPayload>('assemblies.body-membership-changed', field, value);

async function createCommittee(name: string): Promise<Committee> {
  return dataOf(await gql<{ createCommittee: Committee }>(CREATE_COMMITTEE, { input: { name } }, { token: staff })).createCommittee;
}

interface Assigned {
  id: string;
  displayName: string;
  termStart: string;
  termEnd: string;
}

async function assign(input: Record<string, unknown>): Promise<Assigned> {
  return dataOf(await gql<{ assignBodyMember: Assigned }>(ASSIGN, { input }, { token: staff })).assignBodyMember;
}

beforeAll(async () => {
  testApp = await startAssembliesTestApp();
  ({ dataSource, gql } = testApp);
  staff = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['staff'] });
  const district: TestDistrict = {
    districtCode: `MD${suffix}`,
    districtName: 'Events District',
    counties: COUNTIES.map((code, i) => ({ code, name: `Events ${i + 1}` })),
    committees: [{ name: SEEDED_COMMITTEE, kind: 'advisory-committee', sourceUrl: null }],
  };
  await seedTestDistrict(dataSource, district);
  await seedTestDistrict(dataSource, district); // idempotent: announces nothing twice
});

afterAll(async () => {
  await testApp?.close();
});

describe('assemblies.body-membership-changed', () => {
  it('announces the demo seed’s committee members and delegation officers once', async () => {
    const code = `committee-heron-committee-${suffix}`;
    const events = await membershipEvents('bodyCode', code);
    expect(events).toHaveLength(3);
    expect(new Set(events.map((event) => event.membershipId)).size).toBe(3);
    expect(events.every((event) => event.active && event.bodyName === SEEDED_COMMITTEE && event.bodyKind === 'advisory-committee')).toBe(true);
    expect(events.filter((event) => event.office === 'chair')).toHaveLength(1);

    const officers = await membershipEvents('bodyCode', `delegation-${COUNTIES[0]}`);
    // Both rows are written by one statement: their outbox order is not theirs to keep.
    const byOffice = officers
      .map(({ office, accountId, bodyKind }) => ({ office, accountId, bodyKind }))
      .sort((a, b) => String(a.office).localeCompare(String(b.office)));
    expect(byOffice).toEqual([
      { office: 'chair', accountId: delegate(1, 1), bodyKind: 'county-delegation' },
      { office: 'vice-chair', accountId: delegate(1, 2), bodyKind: 'county-delegation' },
    ]);
  });

  it('announces an assignment when it begins and again when it ends; a refused one announces nothing', async () => {
    const committee = await createCommittee(`Otter Committee ${suffix}`);
    const member = await assign({ bodyId: committee.id, accountId: delegate(1, 4), office: 'CHAIR' });

    const before = (await membershipEvents('bodyCode', committee.code)).length;
    expect(codeOf(await gql(ASSIGN, { input: { bodyId: committee.id, accountId: delegate(2, 4), office: 'CHAIR' } }, { token: staff }))).toBe(
      ErrorCode.OFFICE_TAKEN,
    );
    expect(await membershipEvents('bodyCode', committee.code)).toHaveLength(before);

    const ended = await gql<{ endBodyMembership: { endReason: string } }>(END, { input: { membershipId: member.id, reason: 'RESIGNED' } }, { token: staff });
    expect(ended.errors).toBeUndefined();

    const events = await membershipEvents('membershipId', member.id);
    const expected = {
      membershipId: member.id,
      bodyCode: committee.code,
      bodyName: committee.name,
      bodyKind: 'advisory-committee',
      accountId: delegate(1, 4),
      displayName: member.displayName,
      office: 'chair',
      termStart: member.termStart,
      termEnd: member.termEnd,
    };
    expect(events).toEqual([
      { ...expected, active: true, changedAt: expect.any(String) },
      { ...expected, active: false, changedAt: expect.any(String) },
    ]);
    const [began, finished] = events.map((event) => Date.parse(event.changedAt));
    expect(began).toBeLessThanOrEqual(finished ?? 0);
    expect(member.displayName).toMatch(/Events 1.*Delegate 4/);
  });
});

describe('assemblies.resolution-conflict-declared', () => {
  it('announces a conflict on an agenda item that names a resolution, and none on an item that does not', async () => {
    const committee = await createCommittee(`Crane Committee ${suffix}`);
    await assign({ bodyId: committee.id, accountId: delegate(2, 5), office: 'CHAIR' });
    const resolutionId = randomUUID();

    const scheduled = await gql<{ scheduleBodyMeeting: { agenda: Array<{ id: string; position: number; resolutionId: string | null }> } }>(
      SCHEDULE,
      {
        input: {
          bodyId: committee.id,
          title: 'Referral hearing',
          place: 'Online',
          startsAt: '2031-05-01T17:00:00.000Z',
          agenda: [{ title: 'Resolution on river access', resolutionId: resolutionId.toUpperCase() }, { title: 'Other business' }],
        },
      },
      { token: staff },
    );
    expect(scheduled.errors).toBeUndefined();
    const [onResolution, other] = scheduled.data?.scheduleBodyMeeting.agenda ?? [];
    expect(onResolution?.resolutionId).toBe(resolutionId);
    expect(other?.resolutionId).toBeNull();

    expect(
      codeOf(
        await gql(
          SCHEDULE,
          {
            input: {
              bodyId: committee.id,
              title: 'Bad',
              place: 'Online',
              startsAt: '2031-05-02T17:00:00.000Z',
              agenda: [{ title: 'x', resolutionId: 'nope' }],
            },
          },
          { token: staff },
        ),
      ),
    ).toBe(ErrorCode.BAD_USER_INPUT);

    const chair = await asDelegate(2, 5);
    const declared = await gql<{ declareConflictOfInterest: { id: string } }>(
      DECLARE,
      { input: { agendaItemId: onResolution?.id, reason: ' My employer drafted it. ' } },
      { token: chair },
    );
    expect(declared.errors).toBeUndefined();
    const conflictId = declared.data?.declareConflictOfInterest.id ?? '';

    const events = await outbox<ResolutionConflictDeclaredPayload>('assemblies.resolution-conflict-declared', 'resolutionId', resolutionId);
    expect(events).toEqual([
      {
        conflictId,
        bodyCode: committee.code,
        accountId: delegate(2, 5),
        displayName: expect.stringMatching(/Events 2.*Delegate 5/),
        resolutionId,
        reason: 'My employer drafted it.',
        declaredAt: expect.any(String),
      },
    ]);
    expect(Number.isNaN(Date.parse(events[0]?.declaredAt ?? ''))).toBe(false);

    const conflictsOfChair = () => outbox('assemblies.resolution-conflict-declared', 'accountId', delegate(2, 5));
    expect(await conflictsOfChair()).toHaveLength(1);
    const plain = await gql<{ declareConflictOfInterest: { id: string } }>(
      DECLARE,
      { input: { agendaItemId: other?.id, reason: 'A neighbour is involved.' } },
      { token: chair },
    );
    expect(plain.errors).toBeUndefined();
    expect(await conflictsOfChair()).toHaveLength(1);
    expect(await outbox('assemblies.resolution-conflict-declared', 'conflictId', plain.data?.declareConflictOfInterest.id ?? '')).toEqual([]);
  });
});
