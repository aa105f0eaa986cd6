import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { demoAccountId, demoDelegateEmail, ErrorCode, type Role } from '@civic/contracts';
import { codeOf, dataOf } from '@civic/testing';
import { seedTestDistrict, startAssembliesTestApp, verifiedResident, type AssembliesTestApp, type TestDistrict } from '../../testing/assemblies-test-app';

/**
 * Configuration, vacancies and term extensions against the harness's PostgreSQL, through
 * the subgraph's GraphQL endpoint with tokens from a JWKS-serving test issuer.
 */
const COUNTIES = ['99101', '99102'];

let testApp: AssembliesTestApp;
let dataSource: DataSource;
const staffId = randomUUID();
/** A second and a third staff member, for the two-person rule, and an admin (who needs no second person). */
const secondStaffId = randomUUID();
const thirdStaffId = randomUUID();
const adminId = randomUUID();
const residentId = randomUUID();

const token = (sub: string, roles: Role[]) => testApp.issuer.sign({ accountId: sub, roles });
const gql = <T>(query: string, variables: Record<string, unknown> = {}, bearer?: string) => testApp.gql<T>(query, variables, { token: bearer });

const ROSTER = `query ($code: String!) { jurisdiction(code: $code) { seats { number classCode termEnds holder { id displayName termStart termEnd startKind account { id } } } } }`;
type Roster = {
  jurisdiction: {
    seats: Array<{
      number: number;
      classCode: string;
      termEnds: string | null;
      holder: { id: string; displayName: string; termStart: string; termEnd: string; startKind: string; account: { id: string } } | null;
    }>;
  };
};
const roster = async (code: string) => {
  return dataOf(await gql<Roster>(ROSTER, { code })).jurisdiction.seats;
};
type Refusal = { errors?: Array<{ extensions?: Record<string, unknown> }> };
const extensionsOf = (result: Refusal) => result.errors?.[0]?.extensions ?? {};
const pendingRequest = async (id: unknown) =>
  (
    (await dataSource.query(`SELECT operation, requested_by, confirmed_by, confirmed_at FROM assemblies.pending_confirmation WHERE id = $1`, [id])) as Array<{
      operation: string;
      requested_by: string;
      confirmed_by: string | null;
      confirmed_at: Date | null;
    }>
  )[0];
const configVersion = async () => Number((await dataSource.query(`SELECT coalesce(max(version), 0) AS v FROM assemblies.congress_configuration`))[0].v);

beforeAll(async () => {
  testApp = await startAssembliesTestApp();
  ({ dataSource } = testApp);

  // A district with two counties in the existing congress (or in a small new one).
  const district: TestDistrict = {
    districtCode: 'T0-D1',
    districtName: 'Test District',
    counties: COUNTIES.map((code, i) => ({ code, name: `Test County ${i + 1}` })),
  };
  await seedTestDistrict(dataSource, district);
  await seedTestDistrict(dataSource, district); // idempotent: the second run adds nothing
});

afterAll(async () => {
  await testApp?.close();
});

describe('demo seats', () => {
  it('fills every seat once, with deterministic demo account ids', async () => {
    const seats = await roster(COUNTIES[0] ?? '');
    expect(seats.map((seat) => seat.classCode)).toEqual(['A', 'B', 'C', 'D', 'E']);
    for (const seat of seats) {
      expect(seat.holder?.account.id).toBe(demoAccountId(demoDelegateEmail(COUNTIES[0] ?? '', seat.number)));
      expect(seat.holder?.startKind).toBe('ELECTED');
      expect(seat.termEnds).toBe(seat.holder?.termEnd);
      expect((seat.holder?.termStart ?? '') < (seat.holder?.termEnd ?? '')).toBe(true);
    }
    const [row] = (await dataSource.query(
      `SELECT count(*)::int AS n FROM assemblies.tenure t JOIN assemblies.seat s ON s.id = t.seat_id JOIN assemblies.jurisdiction j ON j.id = s.jurisdiction_id WHERE j.code = ANY($1)`,
      [COUNTIES],
    )) as Array<{ n: number }>;
    expect(row?.n).toBe(10);
  });
});

describe('configuration', () => {
  const UPDATE_LIMIT = `mutation ($input: UpdateTermLimitInput!) { updateTermLimit(input: $input) { version termLimit { maxConsecutiveTerms } } }`;
  const UPDATE_CALENDAR = `mutation ($input: UpdateCalendarInput!) { updateCalendar(input: $input) { version calendar { countyMeeting { description } overrides { jurisdictionCode date } } } }`;
  const UPDATE_PLAN = `mutation ($input: UpdateSeatPlanInput!) { updateSeatPlan(input: $input) { version seatPlans { tierLevel seatsPerJurisdiction } } }`;
  const HISTORY = `{ configurationHistory(first: 5) { totalCount edges { node { version section changedBy reason changes { path before after } } } } }`;
  type History = {
    configurationHistory: {
      totalCount: number;
      edges: Array<{
        node: { version: number; section: string; changedBy: string; reason: string; changes: Array<{ path: string; before: string; after: string }> };
      }>;
    };
  };

  it('records who changed what, when and why', async () => {
    const staff = await token(staffId, ['staff']);
    const before = await configVersion();
    const result = await gql<{ updateTermLimit: { version: number; termLimit: { maxConsecutiveTerms: number } } }>(
      UPDATE_LIMIT,
      { input: { maxConsecutiveTerms: 3, reason: 'Board asked for limits' } },
      staff,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateTermLimit).toEqual({ version: before + 1, termLimit: { maxConsecutiveTerms: 3 } });
    const history = await gql<History>(HISTORY);
    expect(history.data?.configurationHistory.edges[0]?.node).toEqual({
      version: before + 1,
      section: 'termLimit',
      changedBy: staffId,
      reason: 'Board asked for limits',
      changes: [{ path: 'termLimit', before: 'null', after: '{"maxConsecutiveTerms":3}' }],
    });
  });

  it('changes the calendar with a county override and shows the override’s date', async () => {
    const staff = await token(staffId, ['staff']);
    const result = await gql<{ updateCalendar: { calendar: { countyMeeting: { description: string } } } }>(
      UPDATE_CALENDAR,
      {
        input: {
          countyMeeting: { nth: 2, weekday: 'MONDAY', month: 4 },
          convention: { nth: 2, weekday: 'FRIDAY', month: 5 },
          overrides: [{ jurisdictionCode: COUNTIES[1], year: 2030, date: '2030-04-20' }],
          reason: 'Fairground booked',
        },
      },
      staff,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateCalendar.calendar.countyMeeting.description).toBe('second Monday of April');
    const dates = await gql<{ a: { meetingDate: string }; b: { meetingDate: string } }>(
      `query ($a: String!, $b: String!) { a: jurisdiction(code: $a) { meetingDate(year: 2030) } b: jurisdiction(code: $b) { meetingDate(year: 2030) } }`,
      { a: COUNTIES[0], b: COUNTIES[1] },
    );
    expect(dates.data).toEqual({ a: { meetingDate: '2030-04-08' }, b: { meetingDate: '2030-04-20' } });
  });

  it('refuses non-staff and bad input, and changes nothing', async () => {
    const before = await configVersion();
    const resident = await token(residentId, ['resident']);
    const staff = await token(staffId, ['staff']);
    const input = { maxConsecutiveTerms: 2, reason: 'because' };
    expect(codeOf(await gql(UPDATE_LIMIT, { input }, resident))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(await gql(UPDATE_LIMIT, { input }))).toBe(ErrorCode.UNAUTHENTICATED);
    expect(codeOf(await gql(UPDATE_LIMIT, { input: { maxConsecutiveTerms: 0, reason: 'x' } }, staff))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(codeOf(await gql(UPDATE_LIMIT, { input: { maxConsecutiveTerms: 2, reason: '  ' } }, staff))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(codeOf(await gql(UPDATE_LIMIT, { input: { maxConsecutiveTerms: 3, reason: 'same again' } }, staff))).toBe(ErrorCode.BAD_USER_INPUT);
    const badCalendar = {
      countyMeeting: { nth: 5, weekday: 'MONDAY', month: 4 },
      convention: { nth: 2, weekday: 'FRIDAY', month: 5 },
      overrides: [{ jurisdictionCode: 'NOWHERE', year: 2030, date: '2030-02-30' }],
      reason: 'typo',
    };
    expect(codeOf(await gql(UPDATE_CALENDAR, { input: badCalendar }, staff))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(await configVersion()).toBe(before);
  });

  const classes = [
    { code: 'A', termYears: 2, anchorYear: 2024 },
    { code: 'B', termYears: 2, anchorYear: 2025 },
    { code: 'C', termYears: 3, anchorYear: 2025 },
    { code: 'D', termYears: 3, anchorYear: 2026 },
    { code: 'E', termYears: 3, anchorYear: 2027 },
  ];
  const plan = (codes: string[], reason: string) => ({ input: { seatClasses: classes, seatPlans: [{ tierLevel: 2, seatClassCodes: codes }], reason } });

  it('lets an admin add and remove seats with the seat plan at once, and refuses to drop held seats', async () => {
    const staff = await token(adminId, ['admin']);
    const six = await gql(UPDATE_PLAN, plan(['A', 'B', 'C', 'D', 'E', 'A'], 'One more seat'), staff);
    expect(six.errors).toBeUndefined();
    expect((await roster(COUNTIES[0] ?? '')).map((seat) => [seat.number, seat.holder === null])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, false],
      [5, false],
      [6, true],
    ]);
    const five = await gql(UPDATE_PLAN, plan(['A', 'B', 'C', 'D', 'E'], 'Back to five'), staff);
    expect(five.errors).toBeUndefined();
    expect(await roster(COUNTIES[0] ?? '')).toHaveLength(5);
    const before = await configVersion();
    expect(codeOf(await gql(UPDATE_PLAN, plan(['A', 'B', 'C', 'D'], 'Drop a held seat'), staff))).toBe(ErrorCode.CONFLICT);
    expect(await roster(COUNTIES[0] ?? '')).toHaveLength(5);
    expect(await configVersion()).toBe(before);
  });

  it('needs a second staff member for the seat plan: one asks, another confirms; of two confirming at once, one runs', async () => {
    const [first, second, third] = await Promise.all([token(staffId, ['staff']), token(secondStaffId, ['staff']), token(thirdStaffId, ['staff'])]);
    const before = await configVersion();
    const sixSeats = plan(['A', 'B', 'C', 'D', 'E', 'A'], `A sixth seat ${randomUUID()}`);

    // The first staff member alone: refused, the request recorded, nothing changed; asking again renews the same request.
    const asked = await gql(UPDATE_PLAN, sixSeats, first);
    expect(codeOf(asked)).toBe(ErrorCode.CONFIRMATION_REQUIRED);
    expect(extensionsOf(asked)).toMatchObject({
      operation: 'updateSeatPlan',
      requestedBy: staffId,
      requestId: expect.any(String),
      expiresAt: expect.any(String),
    });
    const requestId = extensionsOf(asked)['requestId'];
    const again = await gql(UPDATE_PLAN, sixSeats, first);
    expect(codeOf(again)).toBe(ErrorCode.CONFIRMATION_REQUIRED);
    expect(extensionsOf(again)['requestId']).toBe(requestId);
    expect(await configVersion()).toBe(before);
    // Staff views list it (observers read them too); residents may not.
    const PENDING = `{ pendingAssembliesConfirmations { id operation requestedBy expiresAt } }`;
    const pending = dataOf(await gql<{ pendingAssembliesConfirmations: Array<{ id: string }> }>(PENDING, {}, await token(randomUUID(), ['observer'])));
    expect(pending.pendingAssembliesConfirmations).toContainEqual({
      id: requestId,
      operation: 'updateSeatPlan',
      requestedBy: staffId,
      // Renewed by the second ask.
      expiresAt: extensionsOf(again)['expiresAt'],
    });
    expect(codeOf(await gql(PENDING, {}, await token(residentId, ['resident'])))).toBe(ErrorCode.FORBIDDEN);
    expect(await roster(COUNTIES[0] ?? '')).toHaveLength(5);
    // A plan that could not run is refused for what it is, and nothing is recorded for it.
    const requests = async () => Number((await dataSource.query(`SELECT count(*)::int AS n FROM assemblies.pending_confirmation`))[0].n);
    const recorded = await requests();
    expect(codeOf(await gql(UPDATE_PLAN, plan(['A', 'B', 'C', 'D'], 'Drop held seats'), first))).toBe(ErrorCode.CONFLICT);
    expect(await requests()).toBe(recorded);

    // Two other staff members confirm at once: the request is locked, one runs the change, once.
    const results = await Promise.all([gql(UPDATE_PLAN, sixSeats, second), gql(UPDATE_PLAN, sixSeats, third)]);
    const ran = results.filter((result) => result.errors === undefined);
    expect(ran).toHaveLength(1);
    // The other then finds the plan in place already: nothing would change.
    expect(results.map((result) => codeOf(result)).filter(Boolean)).toEqual([ErrorCode.BAD_USER_INPUT]);
    expect(await configVersion()).toBe(before + 1);
    expect(await roster(COUNTIES[0] ?? '')).toHaveLength(6);
    const spent = await pendingRequest(requestId);
    expect(spent).toMatchObject({ operation: 'updateSeatPlan', requested_by: staffId });
    expect([secondStaffId, thirdStaffId]).toContain(spent?.confirmed_by);
    expect(spent?.confirmed_at).not.toBeNull();
    const after = dataOf(await gql<{ pendingAssembliesConfirmations: Array<{ id: string }> }>(PENDING, {}, first));
    expect(after.pendingAssembliesConfirmations.map((request) => request.id)).not.toContain(requestId);

    // Back to five by an admin, at once.
    expect((await gql(UPDATE_PLAN, plan(['A', 'B', 'C', 'D', 'E'], 'Back to five'), await token(adminId, ['admin']))).errors).toBeUndefined();
    expect(await roster(COUNTIES[0] ?? '')).toHaveLength(5);
  });
});

describe('vacancies and terms', () => {
  const RESIGN = `mutation ($input: EndTenureInput!) { resignSeat(input: $input) { id endReason endNote endedAt } }`;
  const REMOVE = `mutation ($input: EndTenureInput!) { removeDelegate(input: $input) { id endReason } }`;
  const APPOINT = `mutation ($input: AppointDelegateInput!) { appointDelegate(input: $input) { id startKind termStart termEnd displayName account { id } } }`;
  const county = COUNTIES[1] ?? '';

  it('lets a delegate resign, and staff appoint a replacement for the rest of the term', async () => {
    const [seat] = (await roster(county)).filter((s) => s.number === 2);
    const holder = seat?.holder;
    if (!holder) throw new Error('seat 2 should be held');
    const delegate = await token(holder.account.id, ['resident']);
    const other = await token(residentId, ['resident']);

    expect(codeOf(await gql(RESIGN, { input: { tenureId: holder.id, reason: 'not mine' } }, other))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(await gql(REMOVE, { input: { tenureId: holder.id, reason: 'self-removal' } }, delegate))).toBe(ErrorCode.FORBIDDEN);
    expect((await roster(county))[1]?.holder?.id).toBe(holder.id);

    const resigned = await gql<{ resignSeat: { endReason: string; endNote: string } }>(
      RESIGN,
      { input: { tenureId: holder.id, reason: 'Moving away' } },
      delegate,
    );
    expect(resigned.errors).toBeUndefined();
    expect(resigned.data?.resignSeat).toMatchObject({ endReason: 'RESIGNED', endNote: 'Moving away' });
    expect(codeOf(await gql(RESIGN, { input: { tenureId: holder.id, reason: 'again' } }, delegate))).toBe(ErrorCode.TENURE_ENDED);
    expect((await roster(county))[1]).toMatchObject({ holder: null, termEnds: holder.termEnd });

    const staff = await token(staffId, ['staff']);
    const appointee = randomUUID();
    const input = { jurisdictionCode: county, seatNumber: 2, accountId: appointee, displayName: 'Ada Appointee', reason: 'Chair’s choice' };
    // Only a verified resident of the county may be appointed: not someone unverified, nor a resident of another county.
    const unverified = await gql(APPOINT, { input }, staff);
    expect(codeOf(unverified)).toBe(ErrorCode.NOT_ELIGIBLE);
    expect(unverified.errors?.[0]?.extensions).toMatchObject({ field: 'accountId' });
    const elsewhere = await verifiedResident(testApp, '99999');
    expect(codeOf(await gql(APPOINT, { input: { ...input, accountId: elsewhere } }, staff))).toBe(ErrorCode.NOT_ELIGIBLE);
    // A residency verified before names were carried: the typed name must be a valid one.
    await verifiedResident(testApp, county, appointee);
    expect(codeOf(await gql(APPOINT, { input: { ...input, displayName: ' ' } }, staff))).toBe(ErrorCode.BAD_USER_INPUT);
    // Verified again, carrying the account's own name: that is the roster's, whatever is typed.
    await verifiedResident(testApp, county, appointee, 'Ada Lovelace');
    expect(codeOf(await gql(APPOINT, { input }, other))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(await gql(APPOINT, { input: { ...input, accountId: 'not-a-uuid' } }, staff))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(codeOf(await gql(APPOINT, { input: { ...input, seatNumber: 9 } }, staff))).toBe(ErrorCode.NOT_FOUND);
    expect(codeOf(await gql(APPOINT, { input: { ...input, seatNumber: 1 } }, staff))).toBe(ErrorCode.SEAT_NOT_VACANT);

    const appointed = await gql<{ appointDelegate: { startKind: string; termEnd: string; account: { id: string } } }>(APPOINT, { input }, staff);
    expect(appointed.errors).toBeUndefined();
    expect(appointed.data?.appointDelegate).toMatchObject({ startKind: 'APPOINTED', termEnd: holder.termEnd, account: { id: appointee } });
    expect(codeOf(await gql(APPOINT, { input: { ...input, accountId: randomUUID() } }, staff))).toBe(ErrorCode.SEAT_NOT_VACANT);
    expect((await roster(county))[1]?.holder).toMatchObject({ displayName: 'Ada Lovelace', termEnd: holder.termEnd });

    const record = await gql<{ delegateRecord: { totalCount: number; edges: Array<{ node: { endReason: string | null } }> } }>(
      `query ($id: ID!) { delegateRecord(accountId: $id) { totalCount edges { node { endReason } } } }`,
      { id: holder.account.id },
    );
    expect(record.data?.delegateRecord).toEqual({ totalCount: 1, edges: [{ node: { endReason: 'RESIGNED' } }] });
  });

  it('lets staff remove a delegate', async () => {
    const staff = await token(staffId, ['staff']);
    const holder = (await roster(county))[2]?.holder;
    if (!holder) throw new Error('seat 3 should be held');
    const removed = await gql<{ removeDelegate: { endReason: string } }>(REMOVE, { input: { tenureId: holder.id, reason: 'Misconduct' } }, staff);
    expect(removed.data?.removeDelegate.endReason).toBe('REMOVED');
    expect((await roster(county))[2]?.holder).toBeNull();
  });

  it('extends every term in office by one year, once per year, when a second staff member confirms', async () => {
    const staff = await token(staffId, ['staff']);
    const secondStaff = await token(secondStaffId, ['staff']);
    const admin = await token(adminId, ['admin']);
    const resident = await token(residentId, ['resident']);
    const EXTEND = `mutation ($input: ExtendTermsInput!) { extendTerms(input: $input) { cancelledYear tenuresExtended reason } }`;
    const year = new Date().getUTCFullYear() + 1;
    const before = await roster(COUNTIES[0] ?? '');

    expect(codeOf(await gql(EXTEND, { input: { cancelledYear: year, reason: 'Pandemic' } }, resident))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(await gql(EXTEND, { input: { cancelledYear: year + 5, reason: 'Pandemic' } }, staff))).toBe(ErrorCode.BAD_USER_INPUT);
    const extensions = async () =>
      Number((await dataSource.query(`SELECT count(*)::int AS n FROM assemblies.term_extension WHERE cancelled_year = $1`, [year]))[0].n);

    // One staff member asks, twice: refused both times, one request, nothing extended.
    const input = { cancelledYear: year, reason: 'Pandemic' };
    const asked = await gql(EXTEND, { input }, staff);
    expect(codeOf(asked)).toBe(ErrorCode.CONFIRMATION_REQUIRED);
    expect(extensionsOf(asked)).toMatchObject({ operation: 'extendTerms', requestedBy: staffId });
    const requestId = extensionsOf(asked)['requestId'];
    expect(extensionsOf(await gql(EXTEND, { input }, staff))).toMatchObject({ code: ErrorCode.CONFIRMATION_REQUIRED, requestId });
    expect(await roster(COUNTIES[0] ?? '')).toEqual(before);
    expect(await extensions()).toBe(0);

    // A second staff member with another reason: not the same request, so a new one of theirs.
    const other = await gql(EXTEND, { input: { ...input, reason: 'Pandemic, they say' } }, secondStaff);
    expect(codeOf(other)).toBe(ErrorCode.CONFIRMATION_REQUIRED);
    expect(extensionsOf(other)).toMatchObject({ requestedBy: secondStaffId });
    expect(extensionsOf(other)['requestId']).not.toBe(requestId);
    expect(await extensions()).toBe(0);

    // The same input (fields in another order) from the second staff member: it runs, once, and spends the request.
    const extended = await gql<{ extendTerms: { tenuresExtended: number } }>(EXTEND, { input: { reason: 'Pandemic', cancelledYear: year } }, secondStaff);
    expect(extended.errors).toBeUndefined();
    expect(extended.data?.extendTerms.tenuresExtended).toBeGreaterThanOrEqual(5);
    expect(await extensions()).toBe(1);
    expect(await pendingRequest(requestId)).toMatchObject({ requested_by: staffId, confirmed_by: secondStaffId });
    expect(codeOf(await gql(EXTEND, { input }, staff))).toBe(ErrorCode.TERMS_ALREADY_EXTENDED);
    expect(codeOf(await gql(EXTEND, { input }, admin))).toBe(ErrorCode.TERMS_ALREADY_EXTENDED);
    expect(await extensions()).toBe(1);

    const after = await roster(COUNTIES[0] ?? '');
    after.forEach((seat, i) => {
      const old = before[i]?.holder;
      if (!old || !seat.holder) throw new Error('seats should stay held');
      expect(seat.holder.account.id).toBe(old.account.id);
      if (Number(old.termEnd.slice(0, 4)) >= year) {
        expect(seat.holder.startKind).toBe('EXTENDED');
        expect(Number(seat.holder.termEnd.slice(0, 4))).toBe(Number(old.termEnd.slice(0, 4)) + 1);
      } else {
        expect(seat.holder.id).toBe(old.id);
      }
    });
    // Voting hears of each extension as the old tenure ending and the longer one beginning.
    const extendedSeats = after.filter((seat) => seat.holder?.startKind === 'EXTENDED');
    expect(extendedSeats.length).toBeGreaterThan(0);
    for (const seat of extendedSeats) {
      const old = before.find((candidate) => candidate.number === seat.number)?.holder;
      const events = (await dataSource.query(
        `SELECT payload FROM assemblies.outbox_event WHERE name = 'assemblies.delegate-seat-changed' AND payload->>'tenureId' = ANY($1::text[]) ORDER BY position`,
        [[old?.id, seat.holder?.id]],
      )) as Array<{ payload: { tenureId: string; active: boolean; termEnd: string } }>;
      expect(events.slice(-2).map((e) => e.payload)).toEqual([
        expect.objectContaining({ tenureId: old?.id, active: false, termEnd: old?.termEnd }),
        expect.objectContaining({ tenureId: seat.holder?.id, active: true, termEnd: seat.holder?.termEnd }),
      ]);
    }
    const calendar = await gql<{ annualCalendar: { electionsHeld: boolean } }>(`query ($y: Int!) { annualCalendar(year: $y) { electionsHeld } }`, { y: year });
    expect(calendar.data?.annualCalendar.electionsHeld).toBe(false);
  });
});
