import { randomInt, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { demoAccountId, demoDelegateEmail, ErrorCode } from '@civic/contracts';
import { codeOf, dataOf } from '@civic/testing';
import { seedTestDistrict, startAssembliesTestApp, type AssembliesTestApp, type TestDistrict } from '../../testing/assemblies-test-app';

/**
 * Bodies against the harness's PostgreSQL through the subgraph's GraphQL endpoint, with
 * tokens from a JWKS-serving test issuer: assignments that break a rule are refused with
 * their codes and change nothing; members vote by name; a declared conflict bars a vote;
 * minutes publish and lock on approval. The database is shared with other specs, so this
 * spec adds its own district of three counties and reads the council relative to it.
 */
let testApp: AssembliesTestApp;
let dataSource: DataSource;
let gql: AssembliesTestApp['gql'];
let staff: string;
const suffix = randomInt(100_000, 999_999).toString();
const DISTRICT = `BD${suffix}`;
const COUNTIES = [1, 2, 3].map((n) => `BC${suffix}${n}`);
const delegate = (county: number, seat: number) => demoAccountId(demoDelegateEmail(COUNTIES[county - 1] ?? '', seat));
const asDelegate = (county: number, seat: number) => testApp.issuer.sign({ accountId: delegate(county, seat), roles: ['resident'] });

const ASSIGN = `mutation ($input: AssignBodyMemberInput!) { assignBodyMember(input: $input) { id office countyCode districtCode termStart termEnd basis displayName } }`;
const END = `mutation ($input: EndBodyMembershipInput!) { endBodyMembership(input: $input) { id endReason } }`;
const BY_CODE = `query ($code: String!) { bodyByCode(code: $code) { id kind name members(first: 100) { totalCount edges { node { id office countyCode districtCode basis account { id } } } } offices { id office account { id } } } }`;

interface Member {
  id: string;
  office: string | null;
  countyCode: string | null;
  districtCode: string | null;
  basis: string;
  account: { id: string };
}
interface BodyRead {
  id: string;
  kind: string;
  name: string;
  members: { totalCount: number; edges: Array<{ node: Member }> };
  offices: Array<{ id: string; office: string; account: { id: string } }>;
}

async function body(code: string): Promise<BodyRead> {
  const result = await gql<{ bodyByCode: BodyRead | null }>(BY_CODE, { code });
  if (!result.data?.bodyByCode) throw new Error(`no body ${code}: ${JSON.stringify(result.errors)}`);
  return result.data.bodyByCode;
}

async function membershipRows(): Promise<number> {
  const [row] = (await dataSource.query(`SELECT count(*)::int AS n FROM assemblies.body_membership`)) as Array<{ n: number }>;
  return row?.n ?? -1;
}

const assign = (input: Record<string, unknown>) =>
  gql<{ assignBodyMember: Member & { termStart: string; termEnd: string } }>(ASSIGN, { input }, { token: staff });

beforeAll(async () => {
  testApp = await startAssembliesTestApp();
  ({ dataSource, gql } = testApp);
  staff = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['staff'] });

  // A district of three counties of its own, and a committee.
  const district: TestDistrict = {
    districtCode: DISTRICT,
    districtName: 'Bodies District',
    counties: COUNTIES.map((code, i) => ({ code, name: `Bodies ${i + 1}` })),
    committees: [{ name: `Bear Committee ${suffix}`, kind: 'advisory-committee', sourceUrl: null }],
  };
  await seedTestDistrict(dataSource, district);
  await seedTestDistrict(dataSource, district); // idempotent

  // The seed may have put this district's delegates on the council; start it empty here.
  const council = await body('district-leadership-council');
  for (const { node } of council.members.edges.filter(({ node }) => node.districtCode === DISTRICT)) {
    dataOf(await gql(END, { input: { membershipId: node.id, reason: 'REMOVED' } }, { token: staff }));
  }
});

afterAll(async () => {
  await testApp?.close();
});

describe('seeded bodies', () => {
  it('derives a county delegation from the seats, with the seeded chair and vice-chair, once', async () => {
    const delegation = await body(`delegation-${COUNTIES[0]}`);
    expect(delegation.kind).toBe('COUNTY_DELEGATION');
    expect(delegation.members.totalCount).toBe(5);
    expect(delegation.members.edges.every(({ node }) => node.basis === 'SEAT' && node.countyCode === COUNTIES[0])).toBe(true);
    expect(delegation.offices.map(({ office, account }) => ({ office, account }))).toEqual([
      { office: 'CHAIR', account: { id: delegate(1, 1) } },
      { office: 'VICE_CHAIR', account: { id: delegate(1, 2) } },
    ]);
    const committee = await body(`committee-bear-committee-${suffix}`);
    expect(committee.members.totalCount).toBe(3);
    expect(committee.offices.map((office) => office.office)).toEqual(['CHAIR']);
  });
});

describe('assignments', () => {
  it('keeps the council at one member per county and two per district; refusals change nothing', async () => {
    const council = await body('district-leadership-council');
    const first = await assign({ bodyId: council.id, accountId: delegate(1, 3) });
    expect(first.errors).toBeUndefined();
    expect(first.data?.assignBodyMember).toMatchObject({ countyCode: COUNTIES[0], districtCode: DISTRICT, basis: 'ASSIGNED', office: null });
    const { termStart, termEnd } = first.data?.assignBodyMember ?? { termStart: '', termEnd: '' };
    expect(Number(termEnd.slice(0, 4)) - Number(termStart.slice(0, 4))).toBe(1);

    const before = await membershipRows();
    expect(codeOf(await assign({ bodyId: council.id, accountId: delegate(1, 4) }))).toBe(ErrorCode.BODY_COUNTY_TAKEN);
    expect(codeOf(await assign({ bodyId: council.id, accountId: delegate(1, 3) }))).toBe(ErrorCode.ALREADY_HOLDS_OFFICE);
    expect(codeOf(await assign({ bodyId: council.id, accountId: randomUUID() }))).toBe(ErrorCode.NOT_A_DELEGATE);
    expect(codeOf(await assign({ bodyId: council.id, accountId: delegate(2, 3), office: 'CHAIR' }))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(codeOf(await assign({ bodyId: council.id, accountId: 'not-a-uuid' }))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(await membershipRows()).toBe(before);

    expect((await assign({ bodyId: council.id, accountId: delegate(2, 3) })).errors).toBeUndefined();
    expect(codeOf(await assign({ bodyId: council.id, accountId: delegate(3, 3) }))).toBe(ErrorCode.BODY_DISTRICT_FULL);
    const after = await body('district-leadership-council');
    const mine = after.members.edges.filter(({ node }) => node.districtCode === DISTRICT).map(({ node }) => node.countyCode);
    expect(mine.sort()).toEqual([COUNTIES[0], COUNTIES[1]]);
  });

  it('takes Executive officers from the council only, one office each, one holder per office', async () => {
    const executive = await body('executive-committee');
    const historian = executive.offices.find((office) => office.office === 'HISTORIAN');
    if (historian) {
      const id = executive.members.edges.find(({ node }) => node.office === 'HISTORIAN')?.node.id;
      expect((await gql(END, { input: { membershipId: id, reason: 'RESIGNED' } }, { token: staff })).errors).toBeUndefined();
    }
    const before = await membershipRows();
    expect(codeOf(await assign({ bodyId: executive.id, accountId: delegate(3, 4), office: 'HISTORIAN' }))).toBe(ErrorCode.NOT_A_COUNCIL_MEMBER);
    expect(codeOf(await assign({ bodyId: executive.id, accountId: delegate(1, 3) }))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(await membershipRows()).toBe(before);

    expect((await assign({ bodyId: executive.id, accountId: delegate(1, 3), office: 'HISTORIAN' })).errors).toBeUndefined();
    expect(codeOf(await assign({ bodyId: executive.id, accountId: delegate(2, 3), office: 'HISTORIAN' }))).toBe(ErrorCode.OFFICE_TAKEN);
    expect(codeOf(await assign({ bodyId: executive.id, accountId: delegate(1, 3), office: 'SECRETARY' }))).toBe(ErrorCode.ALREADY_HOLDS_OFFICE);
    expect((await body('executive-committee')).offices).toContainEqual(expect.objectContaining({ office: 'HISTORIAN', account: { id: delegate(1, 3) } }));
  });

  it('needs a delegation’s officers to hold a seat of that county, and staff to assign', async () => {
    const delegation = await body(`delegation-${COUNTIES[2]}`);
    const chair = delegation.offices.find((office) => office.office === 'CHAIR')?.id;
    expect((await gql(END, { input: { membershipId: chair, reason: 'RESIGNED' } }, { token: staff })).errors).toBeUndefined();
    expect(codeOf(await assign({ bodyId: delegation.id, accountId: delegate(1, 5), office: 'CHAIR' }))).toBe(ErrorCode.NOT_A_DELEGATE);
    const asResident = await gql(ASSIGN, { input: { bodyId: delegation.id, accountId: delegate(3, 5), office: 'CHAIR' } }, { token: await asDelegate(3, 5) });
    expect(codeOf(asResident)).toBe(ErrorCode.FORBIDDEN);
    expect((await assign({ bodyId: delegation.id, accountId: delegate(3, 5), office: 'CHAIR' })).errors).toBeUndefined();
    expect((await body(`delegation-${COUNTIES[2]}`)).offices).toContainEqual(expect.objectContaining({ office: 'CHAIR', account: { id: delegate(3, 5) } }));
  });
});

describe('a committee meeting', () => {
  const VOTE = `mutation ($input: CastBodyVoteInput!) { castBodyVote(input: $input) { displayName choice } }`;
  const DECLARE = `mutation ($input: DeclareConflictOfInterestInput!) { declareConflictOfInterest(input: $input) { displayName reason } }`;
  const MINUTES = `mutation ($input: PublishBodyMinutesInput!) { publishBodyMinutes(input: $input) { minutes { text approvedAt } } }`;

  it('records attendance, votes by name and conflicts, and publishes minutes that lock on approval', async () => {
    const created = await gql<{ createCommittee: { id: string; kind: string } }>(
      `mutation ($input: CreateCommitteeInput!) { createCommittee(input: $input) { id kind } }`,
      { input: { name: `Wolf Committee ${suffix}` } },
      { token: staff },
    );
    expect(created.errors).toBeUndefined();
    const bodyId = created.data?.createCommittee.id ?? '';
    expect(created.data?.createCommittee.kind).toBe('ADVISORY_COMMITTEE');
    expect((await assign({ bodyId, accountId: delegate(1, 5), office: 'CHAIR' })).errors).toBeUndefined();
    expect((await assign({ bodyId, accountId: delegate(2, 5) })).errors).toBeUndefined();

    const scheduled = await gql<{ scheduleBodyMeeting: { id: string; agenda: Array<{ id: string; position: number }> } }>(
      `mutation ($input: ScheduleBodyMeetingInput!) { scheduleBodyMeeting(input: $input) { id agenda { id position } } }`,
      {
        input: {
          bodyId,
          title: 'Spring meeting',
          place: 'Online',
          startsAt: '2031-06-01T17:00:00.000Z',
          agenda: [{ title: 'Resolution 12-04' }, { title: 'Other business' }],
        },
      },
      { token: staff },
    );
    const meetingId = scheduled.data?.scheduleBodyMeeting.id ?? '';
    const item = scheduled.data?.scheduleBodyMeeting.agenda[0]?.id ?? '';
    expect(scheduled.data?.scheduleBodyMeeting.agenda.map((entry) => entry.position)).toEqual([1, 2]);

    const ATTEND = `mutation ($input: RecordBodyAttendanceInput!) { recordBodyAttendance(input: $input) { id } }`;
    expect(codeOf(await gql(ATTEND, { input: { meetingId, accountIds: [delegate(1, 5), delegate(3, 1)] } }, { token: staff }))).toBe(
      ErrorCode.NOT_A_BODY_MEMBER,
    );
    expect((await gql(ATTEND, { input: { meetingId, accountIds: [delegate(1, 5), delegate(2, 5)] } }, { token: staff })).errors).toBeUndefined();

    const opened = await gql<{ openBodyMotion: { id: string; status: string } }>(
      `mutation ($input: OpenBodyMotionInput!) { openBodyMotion(input: $input) { id status } }`,
      { input: { agendaItemId: item, text: 'Advance the resolution to the questionnaire.' } },
      { token: staff },
    );
    const motionId = opened.data?.openBodyMotion.id ?? '';
    expect(opened.data?.openBodyMotion.status).toBe('OPEN');

    const chair = await asDelegate(1, 5);
    const member = await asDelegate(2, 5);
    expect((await gql(DECLARE, { input: { agendaItemId: item, reason: '  I own land on the river.  ' } }, { token: chair })).errors).toBeUndefined();
    expect(codeOf(await gql(VOTE, { input: { motionId, choice: 'YES' } }, { token: chair }))).toBe(ErrorCode.CONFLICT_OF_INTEREST_DECLARED);
    expect((await gql(VOTE, { input: { motionId, choice: 'YES' } }, { token: member })).errors).toBeUndefined();
    expect(codeOf(await gql(VOTE, { input: { motionId, choice: 'NO' } }, { token: member }))).toBe(ErrorCode.ALREADY_VOTED);
    expect(codeOf(await gql(DECLARE, { input: { agendaItemId: item, reason: 'late' } }, { token: member }))).toBe(ErrorCode.CONFLICT);
    expect(codeOf(await gql(VOTE, { input: { motionId, choice: 'YES' } }, { token: await asDelegate(3, 2) }))).toBe(ErrorCode.NOT_A_BODY_MEMBER);
    expect(codeOf(await gql(VOTE, { input: { motionId, choice: 'YES' } }))).toBe(ErrorCode.UNAUTHENTICATED);

    expect((await gql(`mutation ($id: ID!) { closeBodyMotion(motionId: $id) { status } }`, { id: motionId }, { token: staff })).errors).toBeUndefined();
    expect(codeOf(await gql(VOTE, { input: { motionId, choice: 'NO' } }, { token: await asDelegate(1, 5) }))).toBe(ErrorCode.MOTION_CLOSED);
    const [votes] = (await dataSource.query(`SELECT count(*)::int AS n FROM assemblies.body_vote WHERE motion_id = $1`, [motionId])) as Array<{ n: number }>;
    expect(votes?.n).toBe(1);

    expect((await gql(MINUTES, { input: { meetingId, text: 'Draft minutes.' } }, { token: staff })).errors).toBeUndefined();
    const corrected = await gql<{ publishBodyMinutes: { minutes: { text: string; approvedAt: string | null } } }>(
      MINUTES,
      { input: { meetingId, text: ' The committee advanced resolution 12-04, 1–0; the chair recused. ' } },
      { token: staff },
    );
    expect(corrected.data?.publishBodyMinutes.minutes).toEqual({ text: 'The committee advanced resolution 12-04, 1–0; the chair recused.', approvedAt: null });
    expect((await gql(`mutation ($id: ID!) { approveBodyMinutes(meetingId: $id) { id } }`, { id: meetingId }, { token: staff })).errors).toBeUndefined();
    expect(codeOf(await gql(MINUTES, { input: { meetingId, text: 'Rewritten.' } }, { token: staff }))).toBe(ErrorCode.MINUTES_APPROVED);

    const read = await gql<{
      body: {
        meetings: {
          edges: Array<{
            node: {
              minutes: { text: string; approvedAt: string | null };
              attendance: Array<{ displayName: string }>;
              agenda: Array<{
                conflicts: Array<{ displayName: string; reason: string }>;
                motions: Array<{
                  status: string;
                  votes: Array<{ displayName: string; choice: string; account: { id: string } }>;
                  tally: { yes: number; no: number; abstain: number; carried: boolean };
                  recusals: Array<{ displayName: string; reason: string; account: { id: string } }>;
                }>;
              }>;
            };
          }>;
        };
      };
    }>(
      `query ($id: ID!) { body(id: $id) { meetings(first: 5) { edges { node {
          minutes { text approvedAt } attendance { displayName }
          agenda { conflicts { displayName reason } motions { status votes { displayName choice account { id } } tally { yes no abstain carried } recusals { displayName reason account { id } } } } } } } } }`,
      { id: bodyId },
    );
    expect(read.errors).toBeUndefined();
    const meeting = read.data?.body.meetings.edges[0]?.node;
    expect(meeting?.minutes.approvedAt).not.toBeNull();
    expect(meeting?.attendance).toHaveLength(2);
    const motion = meeting?.agenda[0]?.motions[0];
    expect(motion?.status).toBe('CLOSED');
    expect(motion?.votes).toEqual([{ displayName: expect.stringMatching(/Bodies 2.*Delegate 5/), choice: 'YES', account: { id: delegate(2, 5) } }]);
    expect(motion?.tally).toEqual({ yes: 1, no: 0, abstain: 0, carried: true });
    expect(motion?.recusals).toEqual([
      { displayName: expect.stringMatching(/Bodies 1.*Delegate 5/), reason: 'I own land on the river.', account: { id: delegate(1, 5) } },
    ]);
    expect(meeting?.agenda[0]?.conflicts).toHaveLength(1);

    const record = await gql<{ delegateBodies: { edges: Array<{ node: { office: string | null; basis: string; body: { kind: string } } }> } }>(
      `query ($id: ID!) { delegateBodies(accountId: $id) { edges { node { office basis body { kind } } } } }`,
      { id: delegate(1, 5) },
    );
    const kinds = record.data?.delegateBodies.edges.map(({ node }) => `${node.body.kind}:${node.office ?? '-'}:${node.basis}`);
    expect(kinds).toEqual(expect.arrayContaining(['COUNTY_DELEGATION:-:SEAT', 'ADVISORY_COMMITTEE:CHAIR:ASSIGNED']));
  });
});
