import { randomInt, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  demoAccountId,
  demoDelegateEmail,
  type AttendeeCheckedInPayload,
  type DelegateSeatChangedPayload,
  type JurisdictionChangedPayload,
} from '@civic/contracts';
import { envelope, succeedingClient } from '@civic/testing';
import { seedTestDistrict, startAssembliesTestApp, verifiedResident, type AssembliesTestApp } from '../../testing/assemblies-test-app';

/**
 * The events the voting service builds its read models from, read from assemblies' outbox
 * (the test app runs no relay): every tenure that begins or ends, every check-in, every
 * jurisdiction the seed adds and every tree edit, each written in the transaction of the
 * change. The database is shared with other specs, so this spec adds its own district and
 * reads only events about its own rows.
 */
let testApp: AssembliesTestApp;
let dataSource: DataSource;
let gql: AssembliesTestApp['gql'];
let ok: ReturnType<typeof succeedingClient>;
let staff: string;
const suffix = randomInt(100_000, 999_999).toString();
const DISTRICT = `VD${suffix}`;
const OTHER_DISTRICT = `VO${suffix}`;
const COUNTIES = [1, 2].map((n) => `VC${suffix}${n}`);
const county = (n: number) => COUNTIES[n - 1] ?? '';

const RESIGN = `mutation ($input: EndTenureInput!) { resignSeat(input: $input) { id } }`;
const REMOVE = `mutation ($input: EndTenureInput!) { removeDelegate(input: $input) { id } }`;
const APPOINT = `mutation ($input: AppointDelegateInput!) { appointDelegate(input: $input) { id } }`;
const CREATE_MEETING = `mutation ($input: CreateCountyMeetingInput!) { createCountyMeeting(input: $input) { id } }`;
const OPEN_MEETING = `mutation ($id: ID!) { openCountyMeeting(meetingId: $id) { id } }`;
const CHECK_IN = `mutation ($input: CheckInInput!) { checkIn(input: $input) { id withVote } }`;
const ADD = `mutation ($input: AddJurisdictionInput!) { addJurisdiction(input: $input) { code } }`;
const UPDATE = `mutation ($input: UpdateJurisdictionInput!) { updateJurisdiction(input: $input) { code } }`;
const REMOVE_JURISDICTION = `mutation ($input: RemoveJurisdictionInput!) { removeJurisdiction(input: $input) }`;

async function outbox<P>(name: string, key: string, values: readonly string[]): Promise<P[]> {
  const rows = (await dataSource.query(`SELECT payload FROM assemblies.outbox_event WHERE name = $1 AND payload->>$2 = ANY($3::text[]) ORDER BY position`, [
    name,
    key,
    [...values],
  ])) as Array<{ payload: P }>;
  return rows.map((row) => row.payload);
}
const seatEvents = (countyCodes: readonly string[]) => outbox<DelegateSeatChangedPayload>('assemblies.delegate-seat-changed', 'countyCode', countyCodes);
const jurisdictionEvents = (codes: readonly string[]) => outbox<JurisdictionChangedPayload>('assemblies.jurisdiction-changed', 'code', codes);
const checkInEvents = (meetingId: string) => outbox<AttendeeCheckedInPayload>('assemblies.attendee-checked-in', 'meetingId', [meetingId]);

async function tenureOf(countyCode: string, seatNumber: number): Promise<string> {
  const [row] = (await dataSource.query(
    `SELECT t.id FROM assemblies.tenure t JOIN assemblies.seat s ON s.id = t.seat_id JOIN assemblies.jurisdiction j ON j.id = s.jurisdiction_id
      WHERE j.code = $1 AND s.number = $2 AND t.ended_at IS NULL`,
    [countyCode, seatNumber],
  )) as Array<{ id: string }>;
  if (!row) throw new Error(`seat ${seatNumber} of ${countyCode} has no holder`);
  return row.id;
}

beforeAll(async () => {
  testApp = await startAssembliesTestApp();
  ({ dataSource, gql } = testApp);
  staff = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['staff'] });
  ok = succeedingClient(gql, staff);
  const district = {
    districtCode: DISTRICT,
    districtName: 'Voting Events District',
    counties: COUNTIES.map((code, i) => ({ code, name: `Voting Events ${i + 1}` })),
    otherDistricts: [{ code: OTHER_DISTRICT, name: 'Other Voting Events District' }],
  };
  await seedTestDistrict(dataSource, district);
  await seedTestDistrict(dataSource, district); // idempotent: announces nothing twice
});

afterAll(async () => {
  await testApp?.close();
});

describe('assemblies.delegate-seat-changed', () => {
  it('announces each delegate the demo seed seats, once', async () => {
    const events = await seatEvents([county(1)]);
    expect(events.map((event) => event.seatNumber).sort()).toEqual([1, 2, 3, 4, 5]);
    const tenures = (await dataSource.query(
      `SELECT t.id, to_char(t.term_start, 'YYYY-MM-DD') AS "termStart", to_char(t.term_end, 'YYYY-MM-DD') AS "termEnd", t.created_at AS "createdAt"
         FROM assemblies.tenure t JOIN assemblies.seat s ON s.id = t.seat_id JOIN assemblies.jurisdiction j ON j.id = s.jurisdiction_id
        WHERE j.code = $1 AND s.number = 1`,
      [county(1)],
    )) as Array<{ id: string; termStart: string; termEnd: string; createdAt: Date }>;
    const [first] = tenures;
    expect(events.find((event) => event.seatNumber === 1)).toEqual({
      tenureId: first?.id,
      accountId: demoAccountId(demoDelegateEmail(county(1), 1)),
      displayName: 'Voting Events 1 Delegate 1',
      countyCode: county(1),
      seatNumber: 1,
      active: true,
      termStart: first?.termStart,
      termEnd: first?.termEnd,
      changedAt: first?.createdAt.toISOString(),
    });
  });

  it('announces a resignation, a removal and an appointment to the vacancy', async () => {
    const resigning = await tenureOf(county(2), 2);
    const removed = await tenureOf(county(2), 3);
    const delegate = await testApp.issuer.sign({ accountId: demoAccountId(demoDelegateEmail(county(2), 2)), roles: ['resident'] });
    await ok(RESIGN, { input: { tenureId: resigning, reason: 'Moving away' } }, delegate);
    await ok(REMOVE, { input: { tenureId: removed, reason: 'Misconduct' } });
    const appointee = await verifiedResident(testApp, county(2));
    const appointed = await ok<{ appointDelegate: { id: string } }>(APPOINT, {
      input: { jurisdictionCode: county(2), seatNumber: 2, accountId: appointee, displayName: 'Ada Appointee', reason: 'Chair’s choice' },
    });

    const events = (await seatEvents([county(2)])).filter((event) => event.seatNumber === 2 || event.seatNumber === 3);
    expect(events.map(({ tenureId, seatNumber, active }) => ({ tenureId, seatNumber, active }))).toEqual([
      { tenureId: resigning, seatNumber: 2, active: true },
      { tenureId: removed, seatNumber: 3, active: true },
      { tenureId: resigning, seatNumber: 2, active: false },
      { tenureId: removed, seatNumber: 3, active: false },
      { tenureId: appointed.appointDelegate.id, seatNumber: 2, active: true },
    ]);
    const [started, ended] = events.filter((event) => event.tenureId === resigning);
    // The end carries the later time, so a consumer keeps it whatever the delivery order.
    expect(new Date(ended?.changedAt ?? 0).getTime()).toBeGreaterThan(new Date(started?.changedAt ?? 0).getTime());
    expect(events.at(-1)).toMatchObject({ accountId: appointee, displayName: 'Ada Appointee', countyCode: county(2), termEnd: started?.termEnd });
  });
});

describe('assemblies.attendee-checked-in', () => {
  it('announces each check-in with an account, with or without a vote, and an upgrade to a vote', async () => {
    const year = 2030 + randomInt(0, 60);
    const created = await ok<{ createCountyMeeting: { id: string } }>(CREATE_MEETING, {
      input: {
        jurisdictionCode: county(1),
        year,
        place: 'County Courthouse',
        startsAt: `${year}-04-14T23:00:00.000Z`,
        endsAt: `${year}-04-15T02:00:00.000Z`,
        agenda: [{ title: 'Call to order' }],
      },
    });
    const meetingId = created.createCountyMeeting.id;
    await ok(OPEN_MEETING, { id: meetingId });

    const resident = randomUUID();
    const visitor = randomUUID();
    await testApp.deliver(
      envelope('identity.resident-verified', {
        accountId: resident,
        jurisdictionCode: county(1),
        method: 'staff-in-person',
        verifiedAt: new Date().toISOString(),
      }),
    );
    await ok(CHECK_IN, { input: { meetingId, accountId: resident } });
    await ok(CHECK_IN, { input: { meetingId, accountId: resident } }); // unchanged: no second event
    await ok(CHECK_IN, { input: { meetingId, name: 'A Walk-in' } }); // no account: nothing to announce
    await ok(CHECK_IN, { input: { meetingId, accountId: visitor } });
    await testApp.deliver(
      envelope('identity.resident-verified', { accountId: visitor, jurisdictionCode: county(1), method: 'voter-roll', verifiedAt: new Date().toISOString() }),
    );
    await ok(CHECK_IN, { input: { meetingId, accountId: visitor } }); // upgraded to a vote

    const events = await checkInEvents(meetingId);
    expect(events.map(({ accountId, withVote }) => ({ accountId, withVote }))).toEqual([
      { accountId: resident, withVote: true },
      { accountId: visitor, withVote: false },
      { accountId: visitor, withVote: true },
    ]);
    for (const event of events) expect(event).toMatchObject({ meetingId, year, countyCode: county(1) });
    // The upgrade keeps the time the visitor first came in.
    expect(events[2]?.checkedInAt).toBe(events[1]?.checkedInAt);
  });
});

describe('assemblies.jurisdiction-changed', () => {
  it('announces each jurisdiction the seed adds, once, parents first', async () => {
    const events = await jurisdictionEvents([DISTRICT, OTHER_DISTRICT, ...COUNTIES]);
    expect(events.map((event) => event.code)).toEqual([DISTRICT, OTHER_DISTRICT, ...COUNTIES]);
    expect(events[2]).toMatchObject({ code: county(1), name: 'Voting Events 1', tierLevel: 2, parentCode: DISTRICT, removed: false });
  });

  it('announces an added, renamed, moved and removed jurisdiction, newest last', async () => {
    const code = `VA${suffix}`;
    await ok(ADD, { input: { code, name: 'Added County', parentCode: DISTRICT, reason: 'New county' } });
    await ok(UPDATE, { input: { code, name: 'Renamed County', reason: 'Renamed by statute' } });
    await ok(UPDATE, { input: { code, parentCode: OTHER_DISTRICT, reason: 'Redistricting' } });
    await ok(REMOVE_JURISDICTION, { input: { code, reason: 'Added by mistake' } });

    const events = await jurisdictionEvents([code]);
    expect(events.map(({ name, tierLevel, parentCode, removed }) => ({ name, tierLevel, parentCode, removed }))).toEqual([
      { name: 'Added County', tierLevel: 2, parentCode: DISTRICT, removed: false },
      { name: 'Renamed County', tierLevel: 2, parentCode: DISTRICT, removed: false },
      { name: 'Renamed County', tierLevel: 2, parentCode: OTHER_DISTRICT, removed: false },
      { name: 'Renamed County', tierLevel: 2, parentCode: OTHER_DISTRICT, removed: true },
    ]);
    const times = events.map((event) => new Date(event.changedAt).getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(new Set(times).size).toBe(times.length);
  });
});
