import { randomInt, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { ErrorCode, type EventEnvelope, type Role } from '@civic/contracts';
import { CongressEntity, JurisdictionEntity, TierEntity } from '@civic/assemblies-data-access';
import { applyEventOnce, EventHandlerRegistry } from '@civic/data-access';
import { codeOf, dataOf } from '@civic/testing';
import { startAssembliesTestApp, type AssembliesTestApp } from '../../testing/assemblies-test-app';
import { MeetingVotingRightsService } from './meeting-voting-rights.service';

/**
 * County meetings against the harness's real PostgreSQL and Redis: residency events into
 * the residents read model, scheduling, check-in with and without a vote, and the access
 * rules, through the subgraph's GraphQL endpoint. Every run makes its own congress and
 * counties (unique codes): the database is shared.
 */
const YEAR = 2031;

let testApp: AssembliesTestApp;
let app: INestApplication;
let dataSource: DataSource;
let registry: EventHandlerRegistry;
let home: string;
let elsewhere: string;
let staffToken: string;

const gql = <T>(query: string, variables: Record<string, unknown> = {}, token?: string) => testApp.gql<T>(query, variables, { token });
const tokenFor = (accountId: string, roles: Role[]) => testApp.issuer.sign({ accountId, roles });

function verifiedEvent(accountId: string, jurisdictionCode: string, verifiedAt = new Date()): EventEnvelope<'identity.resident-verified'> {
  return {
    id: randomUUID(),
    name: 'identity.resident-verified',
    producer: 'identity',
    occurredAt: verifiedAt.toISOString(),
    payload: { accountId, jurisdictionCode, method: 'staff-in-person', verifiedAt: verifiedAt.toISOString() },
  };
}

/** A resident whose verification event has reached assemblies. */
async function residentOf(jurisdictionCode: string): Promise<string> {
  const accountId = randomUUID();
  await applyEventOnce(dataSource, registry, verifiedEvent(accountId, jurisdictionCode));
  return accountId;
}

async function residentRow(accountId: string) {
  const rows: Array<{ jurisdiction_code: string; status: string; last_event_id: string; updated_at: Date }> = await dataSource.query(
    `SELECT "jurisdiction_code", "status", "last_event_id", "updated_at" FROM "assemblies"."resident" WHERE "account_id" = $1`,
    [accountId],
  );
  return rows;
}

async function attendanceRows(meetingId: string): Promise<number> {
  const [row] = (await dataSource.query(`SELECT count(*)::int AS n FROM "assemblies"."county_meeting_attendance" WHERE "meeting_id" = $1`, [
    meetingId,
  ])) as Array<{ n: number }>;
  return row?.n ?? -1;
}

const CREATE = `mutation ($input: CreateCountyMeetingInput!) {
  createCountyMeeting(input: $input) { id year place status jurisdiction { code } agenda { position title description } }
}`;
const OPEN = `mutation ($id: ID!) { openCountyMeeting(meetingId: $id) { id status openedAt } }`;
const CLOSE = `mutation ($id: ID!) { closeCountyMeeting(meetingId: $id) { id status closedAt } }`;
const CHECK_IN = `mutation ($input: CheckInInput!) { checkIn(input: $input) { id accountId name withVote reason } }`;
const COUNTS = `query ($id: ID!) { countyMeeting(id: $id) { status attendance { total withVote withoutVote } } }`;

interface Attendance {
  id: string;
  accountId: string | null;
  name: string | null;
  withVote: boolean;
  reason: string;
}

function meetingInput(jurisdictionCode: string, overrides: Record<string, unknown> = {}) {
  return {
    jurisdictionCode,
    year: YEAR,
    place: '  County Courthouse, Room 201 ',
    startsAt: `${YEAR}-04-14T23:00:00.000Z`,
    endsAt: `${YEAR}-04-15T02:00:00.000Z`,
    agenda: [{ title: 'Call to order' }, { title: 'Delegate elections', description: 'Two seats are up.' }],
    ...overrides,
  };
}

async function scheduleAndOpen(jurisdictionCode: string): Promise<string> {
  const { id } = dataOf(await gql<{ createCountyMeeting: { id: string } }>(CREATE, { input: meetingInput(jurisdictionCode) }, staffToken)).createCountyMeeting;
  dataOf(await gql(OPEN, { id }, staffToken));
  return id;
}

/** A congress with one district and three fresh counties, so that each test has its own meeting. */
async function createCongress(): Promise<string[]> {
  const suffix = randomInt(1_000_000).toString().padStart(6, '0');
  const congress = await dataSource.getRepository(CongressEntity).save({
    slug: `int-spec-${suffix}`,
    name: 'Integration Congress',
    shortName: 'IC',
    timeZone: 'America/Chicago',
  });
  await dataSource.getRepository(TierEntity).insert([
    { congressId: congress.id, level: 0, name: 'State', pluralName: 'States' },
    { congressId: congress.id, level: 1, name: 'District', pluralName: 'Districts' },
    { congressId: congress.id, level: 2, name: 'County', pluralName: 'Counties' },
  ]);
  const jurisdictions = dataSource.getRepository(JurisdictionEntity);
  const base = { congressId: congress.id, population: null, seat: null };
  const region = await jurisdictions.save({ ...base, code: `ITR${suffix}`, name: 'Region', tierLevel: 0, parentId: null });
  const district = await jurisdictions.save({ ...base, code: `ITD${suffix}`, name: 'District', tierLevel: 1, parentId: region.id });
  const codes = ['A', 'B', 'C', 'D', 'E'].map((letter) => `ITC${letter}${suffix}`);
  for (const code of codes) await jurisdictions.save({ ...base, code, name: `County ${code}`, tierLevel: 2, parentId: district.id });
  return [district.code, ...codes];
}

let counties: string[];
let districtCode: string;

beforeAll(async () => {
  testApp = await startAssembliesTestApp();
  ({ app, dataSource } = testApp);
  registry = app.get(EventHandlerRegistry);
  staffToken = await tokenFor(randomUUID(), ['staff']);
  const [district, ...rest] = await createCongress();
  districtCode = district ?? '';
  counties = rest;
  home = counties[0] ?? '';
  elsewhere = counties[1] ?? '';
});

afterAll(async () => {
  await testApp?.close();
});

describe('residents read model', () => {
  it('applies a residency event delivered twice once, and ignores a replayed fact under a new event id', async () => {
    const accountId = randomUUID();
    const event = verifiedEvent(accountId, home);
    expect([await applyEventOnce(dataSource, registry, event), await applyEventOnce(dataSource, registry, event)]).toEqual(['applied', 'duplicate']);
    const [first] = await residentRow(accountId);
    expect(first).toMatchObject({ jurisdiction_code: home, status: 'verified', last_event_id: event.id });

    // The same fact again under another event id: applied as an event, stale as a fact.
    const replay = { ...event, id: randomUUID() };
    expect(await applyEventOnce(dataSource, registry, replay)).toBe('applied');
    expect(await residentRow(accountId)).toEqual([first]);
  });

  it('keeps the newest fact when a revocation arrives before an older verification', async () => {
    const accountId = randomUUID();
    const verifiedAt = new Date('2031-01-01T00:00:00Z');
    const revocation: EventEnvelope<'identity.residency-revoked'> = {
      id: randomUUID(),
      name: 'identity.residency-revoked',
      producer: 'identity',
      occurredAt: '2031-02-01T00:00:00.000Z',
      payload: { accountId, jurisdictionCode: home, revokedAt: '2031-02-01T00:00:00.000Z' },
    };
    await applyEventOnce(dataSource, registry, revocation);
    await applyEventOnce(dataSource, registry, verifiedEvent(accountId, home, verifiedAt));
    expect(await residentRow(accountId)).toMatchObject([{ status: 'revoked', last_event_id: revocation.id }]);
  });
});

describe('county meetings', () => {
  it('schedules a meeting once per county and year, trimmed, with its agenda in order; bad input changes nothing', async () => {
    const county = counties[2] ?? '';
    const created = await gql<{ createCountyMeeting: Record<string, unknown> }>(CREATE, { input: meetingInput(county) }, staffToken);
    expect(created.errors).toBeUndefined();
    expect(created.data?.createCountyMeeting).toMatchObject({
      year: YEAR,
      place: 'County Courthouse, Room 201',
      status: 'SCHEDULED',
      jurisdiction: { code: county },
      agenda: [
        { position: 1, title: 'Call to order', description: '' },
        { position: 2, title: 'Delegate elections', description: 'Two seats are up.' },
      ],
    });

    expect(codeOf(await gql(CREATE, { input: meetingInput(county) }, staffToken))).toBe(ErrorCode.CONFLICT);
    const other = counties[3] ?? '';
    const backwards = await gql(CREATE, { input: meetingInput(other, { endsAt: `${YEAR}-04-14T22:00:00.000Z` }) }, staffToken);
    expect(codeOf(backwards)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(codeOf(await gql(CREATE, { input: meetingInput(districtCode) }, staffToken))).toBe(ErrorCode.BAD_USER_INPUT);
    const [row] = (await dataSource.query(
      `SELECT count(*)::int AS n FROM "assemblies"."county_meeting" m JOIN "assemblies"."jurisdiction" j ON j."id" = m."jurisdiction_id" WHERE j."code" IN ($1, $2)`,
      [other, districtCode],
    )) as Array<{ n: number }>;
    expect(row?.n).toBe(0);

    const listed = await gql<{ countyMeetings: { totalCount: number; edges: Array<{ node: { jurisdiction: { code: string } } }> } }>(
      `query ($year: Int!, $district: String) { countyMeetings(year: $year, districtCode: $district) { totalCount edges { node { jurisdiction { code } } } } }`,
      { year: YEAR, district: districtCode },
    );
    expect(listed.data?.countyMeetings.edges.map((edge) => edge.node.jurisdiction.code)).toContain(county);
  });

  it('checks in a verified resident with a vote and a resident of another county without one, and counts them publicly', async () => {
    const meetingId = await scheduleAndOpen(home);
    const local = await residentOf(home);
    const visitor = await residentOf(elsewhere);

    const first = await gql<{ checkIn: Attendance }>(CHECK_IN, { input: { meetingId, accountId: local } }, staffToken);
    expect(first.data?.checkIn).toMatchObject({ accountId: local, withVote: true, reason: 'VERIFIED_RESIDENT' });
    const second = await gql<{ checkIn: Attendance }>(CHECK_IN, { input: { meetingId, accountId: visitor } }, staffToken);
    expect(second.data?.checkIn).toMatchObject({ accountId: visitor, withVote: false, reason: 'RESIDENT_ELSEWHERE' });
    const walkIn = await gql<{ checkIn: Attendance }>(CHECK_IN, { input: { meetingId, name: ' Pat Walker ' } }, staffToken);
    expect(walkIn.data?.checkIn).toMatchObject({ accountId: null, name: 'Pat Walker', withVote: false, reason: 'WALK_IN' });

    // Checking in again is idempotent: the same record, nothing added.
    const again = await gql<{ checkIn: Attendance }>(CHECK_IN, { input: { meetingId, accountId: local } }, staffToken);
    expect(again.data?.checkIn.id).toBe(first.data?.checkIn.id);

    const counts = await gql<{ countyMeeting: { attendance: Record<string, number> } }>(COUNTS, { id: meetingId });
    expect(counts.data?.countyMeeting.attendance).toEqual({ total: 3, withVote: 1, withoutVote: 2 });

    const rights = app.get(MeetingVotingRightsService);
    expect(await rights.canVoteAt(meetingId, local)).toBe(true);
    expect(await rights.canVoteAt(meetingId, visitor)).toBe(false);

    const mine = await gql<{ myCheckIn: Attendance | null }>(
      `query ($id: ID!) { myCheckIn(meetingId: $id) { withVote reason } }`,
      { id: meetingId },
      await tokenFor(local, ['resident']),
    );
    expect(mine.data?.myCheckIn).toEqual({ withVote: true, reason: 'VERIFIED_RESIDENT' });
  });

  it('shows the attendee list to staff only', async () => {
    const meetingId = await scheduleAndOpen(counties[4] ?? '');
    await gql(CHECK_IN, { input: { meetingId, name: 'Sam Visitor' } }, staffToken);
    const query = `query ($id: ID!) { countyMeeting(id: $id) { attendees { totalCount edges { node { name } } } } }`;
    const asStaff = await gql<{ countyMeeting: { attendees: { totalCount: number } } }>(query, { id: meetingId }, staffToken);
    expect(asStaff.data?.countyMeeting.attendees.totalCount).toBe(1);
    const asResident = await gql<{ countyMeeting: { attendees: unknown } }>(query, { id: meetingId }, await tokenFor(randomUUID(), ['resident']));
    expect(codeOf(asResident)).toBe(ErrorCode.FORBIDDEN);
    expect(asResident.data?.countyMeeting.attendees).toBeNull();
  });

  it('lets a clerk run their own county’s meeting only: another county’s clerk is FORBIDDEN to schedule, open or check in', async () => {
    const county = counties[4] ?? '';
    const clerk = await testApp.issuer.sign({ roles: ['resident', 'clerk'], clerkOf: [county] });
    const otherClerk = await testApp.issuer.sign({ roles: ['resident', 'clerk'], clerkOf: [elsewhere] });
    // The next year's meeting: this year's is another test's.
    const input = {
      jurisdictionCode: county,
      year: YEAR + 1,
      place: 'Library',
      startsAt: `${YEAR + 1}-04-13T23:00:00Z`,
      endsAt: `${YEAR + 1}-04-14T01:00:00Z`,
    };
    expect(codeOf(await gql(CREATE, { input }, otherClerk))).toBe(ErrorCode.FORBIDDEN);
    const created = await gql<{ createCountyMeeting: { id: string } }>(CREATE, { input }, clerk);
    expect(created.errors).toBeUndefined();
    const meetingId = created.data?.createCountyMeeting.id ?? '';
    expect(codeOf(await gql(OPEN, { id: meetingId }, otherClerk))).toBe(ErrorCode.FORBIDDEN);
    expect((await gql<{ openCountyMeeting: { status: string } }>(OPEN, { id: meetingId }, clerk)).data?.openCountyMeeting.status).toBe('OPEN');
    const walkIn = await residentOf(county);
    expect(codeOf(await gql(CHECK_IN, { input: { meetingId, accountId: walkIn } }, otherClerk))).toBe(ErrorCode.FORBIDDEN);
    expect(await attendanceRows(meetingId)).toBe(0);
    expect((await gql(CHECK_IN, { input: { meetingId, accountId: walkIn } }, clerk)).errors).toBeUndefined();
    expect(await attendanceRows(meetingId)).toBe(1);
  });

  it('refuses check-in on a closed meeting and from non-staff, writing nothing', async () => {
    const meetingId = (
      await gql<{ countyMeetings: { edges: Array<{ node: { id: string } }> } }>(
        `query ($year: Int!, $code: String) { countyMeetings(year: $year, jurisdictionCode: $code) { edges { node { id } } } }`,
        { year: YEAR, code: home },
      )
    ).data?.countyMeetings.edges[0]?.node.id;
    if (!meetingId) throw new Error('the meeting of the home county is missing');
    const newcomer = await residentOf(home);
    const before = await attendanceRows(meetingId);

    const resident = await gql(CHECK_IN, { input: { meetingId, accountId: newcomer } }, await tokenFor(newcomer, ['resident']));
    expect(codeOf(resident)).toBe(ErrorCode.FORBIDDEN);
    // A clerk of another county may not check anyone in here, nor close the meeting; observers neither.
    const otherClerk = await testApp.issuer.sign({ roles: ['resident', 'clerk'], clerkOf: [elsewhere] });
    expect(codeOf(await gql(CHECK_IN, { input: { meetingId, accountId: newcomer } }, otherClerk))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(await gql(CLOSE, { id: meetingId }, otherClerk))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(await gql(CHECK_IN, { input: { meetingId, accountId: newcomer } }, await testApp.issuer.sign({ roles: ['resident', 'observer'] })))).toBe(
      ErrorCode.FORBIDDEN,
    );
    expect(codeOf(await gql(CHECK_IN, { input: { meetingId, accountId: newcomer } }))).toBe(ErrorCode.UNAUTHENTICATED);

    expect((await gql<{ closeCountyMeeting: { status: string } }>(CLOSE, { id: meetingId }, staffToken)).data?.closeCountyMeeting.status).toBe('CLOSED');
    const closed = await gql(CHECK_IN, { input: { meetingId, accountId: newcomer } }, staffToken);
    expect(codeOf(closed)).toBe(ErrorCode.MEETING_NOT_OPEN);
    expect(codeOf(await gql(OPEN, { id: meetingId }, staffToken))).toBe(ErrorCode.CONFLICT);
    expect(await attendanceRows(meetingId)).toBe(before);
  });
});
