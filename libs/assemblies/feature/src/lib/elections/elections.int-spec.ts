import { randomUUID } from 'node:crypto';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ErrorCode, type EventEnvelope } from '@civic/contracts';
import { assembliesDataSourceOptions } from '@civic/assemblies-data-access';
import { applyEventOnce, EventHandlerRegistry } from '@civic/data-access';
import { codeOf, succeedingClient, type TestTokenIssuer } from '@civic/testing';
import { seedTestDistrict, startAssembliesTestApp, type AssembliesTestApp } from '../../testing/assemblies-test-app';
import { ElectionBallotBoxService, type ElectionBallotRequest } from './election-ballot-box.service';

/**
 * A delegate election end to end against the harness's PostgreSQL and Redis, through the
 * subgraph's GraphQL endpoint with tokens from a JWKS-serving test issuer. Counties of
 * their own (99301–99302) under the shared congress; the tests of this file run in order.
 * The second part holds ELSEWHERE's election of the same year to show the ballot box keeps
 * ballots secret (schema and data) and counts each voter once.
 */
const HOME = '99301';
const ELSEWHERE = '99302';
const YEAR = 2033;

let testApp: AssembliesTestApp;
let dataSource: DataSource;
let registry: EventHandlerRegistry;
let issuer: TestTokenIssuer;
let gql: AssembliesTestApp['gql'];
let ok: ReturnType<typeof succeedingClient>;
const staffA = randomUUID();
const staffB = randomUUID();
let staffAToken: string;
let staffBToken: string;

const E = {
  create: `mutation ($input: CreateDelegateElectionInput!) { createDelegateElection(input: $input) { id phase seatsToFill method seats { number } } }`,
  nominate: `mutation ($input: NominateSelfInput!) { nominateSelf(input: $input) { id displayName statement } }`,
  withdraw: `mutation ($id: ID!) { withdrawCandidacy(electionId: $id) { id withdrawnAt } }`,
  open: `mutation ($id: ID!) { openElectionVoting(electionId: $id) { id phase } }`,
  close: `mutation ($id: ID!) { closeElectionVoting(electionId: $id) { id phase tieSeed } }`,
  vote: `mutation ($input: CastElectionBallotInput!) { castElectionBallot(input: $input) { electionId ballotId } }`,
  paper: `mutation ($input: EnterPaperTotalsInput!) { enterPaperTotals(input: $input) { id papers confirmedBy } }`,
  confirm: `mutation ($id: ID!) { confirmPaperTotals(paperTotalsId: $id) { id confirmedBy } }`,
  issue: `mutation ($input: IssueElectionPaperBallotInput!) { issueElectionPaperBallot(input: $input) { electionId accountId paperBallotsIssued } }`,
  certify: `mutation ($id: ID!) { certifyElection(electionId: $id) { id phase } }`,
  read: `query ($id: ID!) { election(id: $id) { phase tieSeed electronicBallotsCast candidates { id displayName }
    result { seed validBallots elected totals { candidateId votes outcome } rounds { stage kind } seats { seatNumber candidateId termStart termEnd } } } }`,
};

function verified(accountId: string, jurisdictionCode: string): EventEnvelope<'identity.resident-verified'> {
  const at = new Date().toISOString();
  return {
    id: randomUUID(),
    name: 'identity.resident-verified',
    producer: 'identity',
    occurredAt: at,
    payload: { accountId, jurisdictionCode, method: 'staff-in-person', verifiedAt: at },
  };
}

interface Person {
  id: string;
  token: string;
}

async function residentOf(code: string): Promise<Person> {
  const id = randomUUID();
  await applyEventOnce(dataSource, registry, verified(id, code));
  return { id, token: await issuer.sign({ accountId: id, roles: ['resident'] }) };
}

async function count(sql: string, params: unknown[]): Promise<number> {
  const [row] = (await dataSource.query(sql, params)) as Array<{ n: number }>;
  return row?.n ?? -1;
}

/** The county's meeting of YEAR, created and opened by staff. */
async function openMeeting(jurisdictionCode: string, place: string): Promise<string> {
  const meeting = await ok<{ createCountyMeeting: { id: string } }>(
    `mutation ($input: CreateCountyMeetingInput!) { createCountyMeeting(input: $input) { id } }`,
    { input: { jurisdictionCode, year: YEAR, place, startsAt: `${YEAR}-04-11T23:00:00Z`, endsAt: `${YEAR}-04-12T02:00:00Z` } },
    staffAToken,
  );
  await ok(`mutation ($id: ID!) { openCountyMeeting(meetingId: $id) { id } }`, { id: meeting.createCountyMeeting.id }, staffAToken);
  return meeting.createCountyMeeting.id;
}

/** Everything an election writes, to show a refusal changed nothing. */
async function footprint(electionId: string) {
  return {
    candidates: await count(`SELECT count(*)::int AS n FROM assemblies.election_candidate WHERE election_id = $1 AND withdrawn_at IS NULL`, [electionId]),
    voters: await count(`SELECT count(*)::int AS n FROM assemblies.election_voter WHERE election_id = $1`, [electionId]),
    ballots: await count(`SELECT count(*)::int AS n FROM assemblies.election_ballot WHERE election_id = $1`, [electionId]),
    confirmed: await count(`SELECT count(*)::int AS n FROM assemblies.election_paper_totals WHERE election_id = $1 AND confirmed_by IS NOT NULL`, [electionId]),
    events: await count(`SELECT count(*)::int AS n FROM assemblies.outbox_event WHERE name = 'assemblies.election-certified' AND payload->>'electionId' = $1`, [
      electionId,
    ]),
    elected: await count(`SELECT count(*)::int AS n FROM assemblies.tenure WHERE start_reason LIKE '%' || $1 || '%'`, [electionId]),
  };
}

beforeAll(async () => {
  testApp = await startAssembliesTestApp();
  ({ issuer, dataSource, gql } = testApp);
  ok = succeedingClient(gql);
  registry = testApp.app.get(EventHandlerRegistry);
  staffAToken = await issuer.sign({ accountId: staffA, roles: ['staff'] });
  staffBToken = await issuer.sign({ accountId: staffB, roles: ['staff'] });

  // Two counties (with seats and demo holders) under the congress.
  await seedTestDistrict(dataSource, { districtCode: 'T3-D1', districtName: 'Election District', counties: [{ code: HOME }, { code: ELSEWHERE }] });
});

afterAll(async () => {
  await testApp?.close();
});

let meetingId: string;
let electionId: string;
let seatsUp: number[];
let voters: Person[];
let candidates: Array<{ id: string; person: Person }>;
let outsider: Person;
let paperVoters: Person[];

describe('a delegate election at a county meeting', () => {
  it('is set up by staff over the seats up that year; a seat not up is refused', async () => {
    meetingId = await openMeeting(HOME, 'Town hall');

    const resident = await residentOf(HOME);
    expect(codeOf(await gql(E.create, { input: { meetingId } }, { token: resident.token }))).toBe(ErrorCode.FORBIDDEN);
    const allSeats = [1, 2, 3, 4, 5];
    const probe = await gql<{ createDelegateElection: { seats: Array<{ number: number }> } }>(
      E.create,
      { input: { meetingId, seatNumbers: allSeats } },
      { token: staffAToken },
    );
    expect(codeOf(probe)).toBe(ErrorCode.SEAT_NOT_UP);
    expect(await count(`SELECT count(*)::int AS n FROM assemblies.election WHERE meeting_id = $1`, [meetingId])).toBe(0);

    const created = await ok<{ createDelegateElection: { id: string; phase: string; seatsToFill: number; method: string; seats: Array<{ number: number }> } }>(
      E.create,
      { input: { meetingId } },
      staffAToken,
    );
    electionId = created.createDelegateElection.id;
    seatsUp = created.createDelegateElection.seats.map((seat) => seat.number);
    expect(created.createDelegateElection).toMatchObject({ phase: 'NOMINATIONS', method: 'PLURALITY', seatsToFill: seatsUp.length });
    expect(seatsUp.length).toBeGreaterThanOrEqual(2);
    expect(codeOf(await gql(E.create, { input: { meetingId } }, { token: staffAToken }))).toBe(ErrorCode.CONFLICT);
  });

  it('takes self-nominations from verified residents of the county only, for seats that are up', async () => {
    voters = [await residentOf(HOME), await residentOf(HOME), await residentOf(HOME)];
    outsider = await residentOf(ELSEWHERE);
    const before = await footprint(electionId);
    const notUp = [1, 2, 3, 4, 5].find((number) => !seatsUp.includes(number));
    const wrongSeat = await gql(E.nominate, { input: { electionId, displayName: 'Ann', statement: 'Hi', seatNumber: notUp } }, { token: voters[0]?.token });
    expect(codeOf(wrongSeat)).toBe(ErrorCode.SEAT_NOT_UP);
    const foreign = await gql(E.nominate, { input: { electionId, displayName: 'Oz', statement: '' } }, { token: outsider.token });
    expect(codeOf(foreign)).toBe(ErrorCode.NOT_ELIGIBLE);
    const long = await gql(E.nominate, { input: { electionId, displayName: 'Ann', statement: 'x'.repeat(2_001) } }, { token: voters[0]?.token });
    expect(codeOf(long)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(await footprint(electionId)).toEqual(before);

    candidates = [];
    for (const [index, person] of [voters[0], voters[1], voters[2]].entries()) {
      if (!person) throw new Error('missing voter');
      const nominated = await ok<{ nominateSelf: { id: string } }>(
        E.nominate,
        { input: { electionId, displayName: ` Candidate ${index + 1} `, statement: 'I will listen.', seatNumber: index === 0 ? seatsUp[0] : null } },
        person.token,
      );
      candidates.push({ id: nominated.nominateSelf.id, person });
    }
    expect(codeOf(await gql(E.nominate, { input: { electionId, displayName: 'Again', statement: '' } }, { token: voters[0]?.token }))).toBe(ErrorCode.CONFLICT);
    // The third withdraws before voting opens.
    await ok(E.withdraw, { id: electionId }, candidates[2]?.person.token);
    candidates.pop();
    const read = await ok<{ election: { candidates: Array<{ displayName: string }> } }>(E.read, { id: electionId });
    expect(read.election.candidates.map((c) => c.displayName)).toEqual(['Candidate 1', 'Candidate 2']);
  });

  it('lets only residents checked in with a vote vote, once, with valid ballots; refusals change nothing', async () => {
    const [c1, c2] = candidates;
    if (!c1 || !c2) throw new Error('candidates missing');
    for (const person of [...voters, outsider]) {
      await ok(`mutation ($input: CheckInInput!) { checkIn(input: $input) { id withVote } }`, { input: { meetingId, accountId: person.id } }, staffAToken);
    }
    const early = await gql(E.vote, { input: { electionId, choices: [c1.id] } }, { token: voters[0]?.token });
    expect(codeOf(early)).toBe(ErrorCode.CONFLICT);
    expect((await ok<{ openElectionVoting: { phase: string } }>(E.open, { id: electionId }, staffAToken)).openElectionVoting.phase).toBe('VOTING');
    expect(codeOf(await gql(E.withdraw, { id: electionId }, { token: c1.person.token }))).toBe(ErrorCode.CONFLICT);

    const receipt = await ok<{ castElectionBallot: { ballotId: string } }>(E.vote, { input: { electionId, choices: [c1.id] } }, voters[0]?.token);
    expect(receipt.castElectionBallot.ballotId).toMatch(/^[0-9a-f-]{36}$/);
    await ok(E.vote, { input: { electionId, choices: [c1.id, c2.id] } }, voters[1]?.token);
    const before = await footprint(electionId);

    expect(codeOf(await gql(E.vote, { input: { electionId, choices: [c2.id] } }, { token: voters[0]?.token }))).toBe(ErrorCode.ALREADY_VOTED);
    const racing = await Promise.all([1, 2].map(() => gql(E.vote, { input: { electionId, choices: [c2.id] } }, { token: voters[1]?.token })));
    expect(racing.map(codeOf)).toEqual([ErrorCode.ALREADY_VOTED, ErrorCode.ALREADY_VOTED]);
    expect(codeOf(await gql(E.vote, { input: { electionId, choices: [c2.id] } }, { token: outsider.token }))).toBe(ErrorCode.NOT_ELIGIBLE);
    const stranger = await issuer.sign({ roles: ['resident'] });
    expect(codeOf(await gql(E.vote, { input: { electionId, choices: [c2.id] } }, { token: stranger }))).toBe(ErrorCode.NOT_ELIGIBLE);
    const tooMany = [c1.id, c2.id, randomUUID()];
    expect(codeOf(await gql(E.vote, { input: { electionId, choices: tooMany } }, { token: voters[2]?.token }))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(codeOf(await gql(E.vote, { input: { electionId, choices: [] } }, { token: voters[2]?.token }))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(await footprint(electionId)).toEqual(before);

    await ok(E.vote, { input: { electionId, choices: [c2.id] } }, voters[2]?.token);
    const live = await ok<{ election: { electronicBallotsCast: number; result: unknown; tieSeed: string | null } }>(E.read, { id: electionId });
    expect(live.election).toEqual({ ...live.election, electronicBallotsCast: 3, result: null, tieSeed: null });
  });

  it('hands paper ballots to people checked in with a vote, once per person whatever the channel', async () => {
    const [c1] = candidates;
    if (!c1) throw new Error('candidates missing');
    const issue = (accountId: string, token = staffAToken) =>
      gql<{ issueElectionPaperBallot: { paperBallotsIssued: number } }>(E.issue, { input: { electionId, accountId } }, { token });
    paperVoters = [];
    for (let n = 0; n < 4; n += 1) {
      const person = await residentOf(HOME);
      await ok(`mutation ($input: CheckInInput!) { checkIn(input: $input) { id withVote } }`, { input: { meetingId, accountId: person.id } }, staffAToken);
      const issued = await ok<{ issueElectionPaperBallot: { paperBallotsIssued: number } }>(
        E.issue,
        { input: { electionId, accountId: person.id } },
        staffAToken,
      );
      expect(issued.issueElectionPaperBallot.paperBallotsIssued).toBe(n + 1);
      paperVoters.push(person);
    }
    const holder = paperVoters[0] as Person;
    // Paper, then electronic or a second paper: one vote.
    expect(codeOf(await gql(E.vote, { input: { electionId, choices: [c1.id] } }, { token: holder.token }))).toBe(ErrorCode.ALREADY_VOTED);
    const twice = await issue(holder.id);
    expect(codeOf(twice)).toBe(ErrorCode.ALREADY_VOTED);
    expect(twice.errors?.[0]?.extensions?.['channel']).toBe('paper');
    // Electronic, then at the desk: told so, and no paper.
    const electronic = await issue(voters[0]?.id ?? '');
    expect(codeOf(electronic)).toBe(ErrorCode.ALREADY_VOTED);
    expect(electronic.errors?.[0]?.extensions?.['channel']).toBe('electronic');
    // Not checked in at this meeting, or not staff.
    expect(codeOf(await issue(outsider.id))).toBe(ErrorCode.NOT_ELIGIBLE);
    expect(codeOf(await issue(randomUUID()))).toBe(ErrorCode.NOT_ELIGIBLE);
    const walkIn = await residentOf(HOME);
    await ok(`mutation ($input: CheckInInput!) { checkIn(input: $input) { id withVote } }`, { input: { meetingId, accountId: walkIn.id } }, staffAToken);
    expect(codeOf(await issue(walkIn.id, walkIn.token))).toBe(ErrorCode.FORBIDDEN);
    // A clerk of another county runs nothing of this election; a clerk of this one hands out papers.
    const otherClerk = await issuer.sign({ roles: ['resident', 'clerk'], clerkOf: [ELSEWHERE] });
    expect(codeOf(await issue(walkIn.id, otherClerk))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(await gql(E.close, { id: electionId }, { token: otherClerk }))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(await gql(E.certify, { id: electionId }, { token: otherClerk }))).toBe(ErrorCode.FORBIDDEN);
    const clerk = await issuer.sign({ roles: ['resident', 'clerk'], clerkOf: [HOME] });
    expect((await issue(walkIn.id, clerk)).data?.issueElectionPaperBallot.paperBallotsIssued).toBe(5);
    paperVoters.push(walkIn);
    expect(codeOf(await gql(E.issue, { input: { electionId, accountId: walkIn.id } }))).toBe(ErrorCode.UNAUTHENTICATED);
    const read = await ok<{ election: { electronicBallotsCast: number; paperBallotsIssued: number } }>(
      `query ($id: ID!) { election(id: $id) { electronicBallotsCast paperBallotsIssued } }`,
      { id: electionId },
    );
    expect(read.election).toEqual({ electronicBallotsCast: 3, paperBallotsIssued: 5 });
  });

  it('counts paper totals only once a second staff member confirmed them, and never more papers than were handed out', async () => {
    const [c1, c2] = candidates;
    if (!c1 || !c2) throw new Error('candidates missing');
    // Six papers claimed against the five handed out: refused.
    const tooMany = await ok<{ enterPaperTotals: { id: string } }>(
      E.paper,
      {
        input: {
          electionId,
          totals: [
            { candidateId: c1.id, votes: 4 },
            { candidateId: c2.id, votes: 1 },
          ],
          papers: 6,
        },
      },
      staffAToken,
    );
    const above = await gql(E.confirm, { id: tooMany.enterPaperTotals.id }, { token: staffBToken });
    expect(codeOf(above)).toBe(ErrorCode.PAPER_TOTALS_EXCEED_ISSUED);
    expect(above.errors?.[0]?.extensions).toMatchObject({ papers: 6, paperBallotsIssued: 5 });
    expect(
      await count(`SELECT count(*)::int AS n FROM assemblies.election_paper_totals WHERE election_id = $1 AND confirmed_by IS NOT NULL`, [electionId]),
    ).toBe(0);

    const entered = await ok<{ enterPaperTotals: { id: string; papers: number } }>(
      E.paper,
      {
        input: {
          electionId,
          totals: [
            { candidateId: c1.id, votes: 4 },
            { candidateId: c2.id, votes: 1 },
          ],
        },
      },
      staffAToken,
    );
    expect(entered.enterPaperTotals.papers).toBe(5);
    // A second entry nobody confirms: it must not count.
    await ok(E.paper, { input: { electionId, totals: [{ candidateId: c2.id, votes: 100 }] } }, staffAToken);
    const before = await footprint(electionId);
    const self = await gql(E.confirm, { id: entered.enterPaperTotals.id }, { token: staffAToken });
    expect(codeOf(self)).toBe(ErrorCode.SECOND_CONFIRMER_REQUIRED);
    expect(codeOf(await gql(E.confirm, { id: entered.enterPaperTotals.id }, { token: voters[0]?.token }))).toBe(ErrorCode.FORBIDDEN);
    const bad = await gql(E.paper, { input: { electionId, totals: [{ candidateId: randomUUID(), votes: 1 }] } }, { token: staffAToken });
    expect(codeOf(bad)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(await footprint(electionId)).toEqual(before);

    const confirmed = await ok<{ confirmPaperTotals: { confirmedBy: string } }>(E.confirm, { id: entered.enterPaperTotals.id }, staffBToken);
    expect(confirmed.confirmPaperTotals.confirmedBy).toBe(staffB);
    expect(codeOf(await gql(E.confirm, { id: entered.enterPaperTotals.id }, { token: staffBToken }))).toBe(ErrorCode.CONFLICT);
  });

  it('certifies once, even when two certifications race: winners seated, old terms closed, one event', async () => {
    const [c1, c2] = candidates;
    if (!c1 || !c2) throw new Error('candidates missing');
    expect(codeOf(await gql(E.certify, { id: electionId }, { token: staffAToken }))).toBe(ErrorCode.CONFLICT);
    const closed = await ok<{ closeElectionVoting: { tieSeed: string } }>(E.close, { id: electionId }, staffAToken);
    expect(closed.closeElectionVoting.tieSeed).toMatch(/^[0-9a-f]{64}$/);
    expect(codeOf(await gql(E.vote, { input: { electionId, choices: [c1.id] } }, { token: outsider.token }))).toBe(ErrorCode.CONFLICT);

    const holdersBefore = (await dataSource.query(
      `SELECT t.id FROM assemblies.tenure t JOIN assemblies.election_seat es ON es.seat_id = t.seat_id WHERE es.election_id = $1 AND t.ended_at IS NULL`,
      [electionId],
    )) as Array<{ id: string }>;
    const race = await Promise.all([gql(E.certify, { id: electionId }, { token: staffAToken }), gql(E.certify, { id: electionId }, { token: staffBToken })]);
    const codes = race.map((result) => (result.errors ? codeOf(result) : 'OK')).sort();
    expect(codes).toEqual([ErrorCode.CONFLICT, 'OK'].sort());
    expect(codeOf(await gql(E.certify, { id: electionId }, { token: staffAToken }))).toBe(ErrorCode.CONFLICT);

    const after = await footprint(electionId);
    expect(after.events).toBe(1);
    expect(after.elected).toBe(2);
    const [event] = (await dataSource.query(
      `SELECT payload FROM assemblies.outbox_event WHERE name = 'assemblies.election-certified' AND payload->>'electionId' = $1`,
      [electionId],
    )) as Array<{ payload: { elected: Array<{ accountId: string; seatNumber: number }>; seed: string; jurisdictionCode: string } }>;
    expect(event?.payload.jurisdictionCode).toBe(HOME);
    expect(event?.payload.seed).toBe(closed.closeElectionVoting.tieSeed);
    expect(event?.payload.elected.map((e) => e.accountId)).toEqual([c1.person.id, c2.person.id]);

    const read = await ok<{
      election: {
        phase: string;
        result: {
          seed: string;
          validBallots: number;
          elected: string[];
          totals: Array<{ candidateId: string; votes: number; outcome: string }>;
          rounds: unknown[];
          seats: Array<{ seatNumber: number; candidateId: string; termStart: string; termEnd: string }>;
        };
      };
    }>(E.read, { id: electionId });
    expect(read.election.phase).toBe('CERTIFIED');
    // Electronic: c1 ×2, c2 ×2; confirmed paper: c1 4, c2 1; the unconfirmed 100 are not counted.
    expect(read.election.result.totals).toEqual(
      expect.arrayContaining([
        { candidateId: c1.id, votes: 6, outcome: 'ELECTED' },
        { candidateId: c2.id, votes: 3, outcome: 'ELECTED' },
      ]),
    );
    expect(read.election.result.elected).toEqual([c1.id, c2.id]);
    expect(read.election.result.seed).toBe(closed.closeElectionVoting.tieSeed);
    expect(read.election.result.rounds).toHaveLength(1);

    const holdersNow = (await dataSource.query(
      `SELECT t.account_id, t.start_kind, t.term_start::text AS term_start, t.term_end::text AS term_end, s.number
         FROM assemblies.tenure t JOIN assemblies.seat s ON s.id = t.seat_id JOIN assemblies.election_seat es ON es.seat_id = s.id
        WHERE es.election_id = $1 AND t.ended_at IS NULL ORDER BY s.number`,
      [electionId],
    )) as Array<{ account_id: string; start_kind: string; term_start: string; term_end: string; number: number }>;
    expect(holdersNow.map((h) => h.account_id).sort()).toEqual([c1.person.id, c2.person.id].sort());
    expect(holdersNow.every((h) => h.start_kind === 'elected' && h.term_start.startsWith(`${YEAR}-`) && h.term_end > h.term_start)).toBe(true);
    // The first elected takes the longest term.
    const first = read.election.result.seats[0];
    expect(first?.candidateId).toBe(c1.id);
    expect(read.election.result.seats.every((seat) => (first?.termEnd ?? '') >= seat.termEnd)).toBe(true);
    const closedTenures = await count(`SELECT count(*)::int AS n FROM assemblies.tenure WHERE id = ANY($1::uuid[]) AND end_reason = 'term-completed'`, [
      holdersBefore.map((h) => h.id),
    ]);
    expect(closedTenures).toBe(holdersBefore.length);

    // Voting's roll of delegates learns both sides, once each: the closed terms end, the winners begin.
    const winnerTenures = (event?.payload.elected ?? []).map((e) => (e as { tenureId?: string }).tenureId ?? '');
    const seatEvents = (await dataSource.query(
      `SELECT payload->>'tenureId' AS "tenureId", payload->>'accountId' AS "accountId", (payload->>'active')::boolean AS active
         FROM assemblies.outbox_event WHERE name = 'assemblies.delegate-seat-changed' AND payload->>'tenureId' = ANY($1::text[])`,
      [[...holdersBefore.map((h) => h.id), ...winnerTenures]],
    )) as Array<{ tenureId: string; accountId: string; active: boolean }>;
    expect(
      seatEvents
        .filter((e) => !e.active)
        .map((e) => e.tenureId)
        .sort(),
    ).toEqual(holdersBefore.map((h) => h.id).sort());
    expect(seatEvents.filter((e) => winnerTenures.includes(e.tenureId)).map((e) => [e.accountId, e.active])).toEqual(
      expect.arrayContaining([
        [c1.person.id, true],
        [c2.person.id, true],
      ]),
    );
    expect(seatEvents.filter((e) => winnerTenures.includes(e.tenureId))).toHaveLength(2);

    const roster = await ok<{ jurisdiction: { seats: Array<{ number: number; holder: { account: { id: string } } | null }> } }>(
      `query ($code: String!) { jurisdiction(code: $code) { seats { number holder { account { id } } } } }`,
      { code: HOME },
    );
    const seated = roster.jurisdiction.seats.filter((seat) => seatsUp.includes(seat.number)).map((seat) => seat.holder?.account.id);
    expect(seated.sort()).toEqual([c1.person.id, c2.person.id].sort());
  });
});

describe('the ballot box: secret ballots, many voters per transaction', () => {
  let box: ElectionBallotBoxService;
  let secretElection: string;
  let secretMeeting: string;
  let picks: string[];
  /** Marks per candidate of every ballot the box accepted: what certification must count. */
  const expected = new Map<string, number>();
  const tallyMarks = (choices: readonly string[]) => choices.forEach((choice) => expected.set(choice, (expected.get(choice) ?? 0) + 1));
  const choicesFor = (index: number): string[] => {
    const first = picks[index % picks.length] as string;
    return index % 4 === 0 ? [first, picks[(index + 1) % picks.length] as string] : [first];
  };

  async function checkedInVoters(n: number): Promise<Person[]> {
    const people: Person[] = [];
    for (let index = 0; index < n; index += 1) {
      const person = await residentOf(ELSEWHERE);
      await ok(
        `mutation ($input: CheckInInput!) { checkIn(input: $input) { id } }`,
        { input: { meetingId: secretMeeting, accountId: person.id } },
        staffAToken,
      );
      people.push(person);
    }
    return people;
  }

  beforeAll(async () => {
    box = testApp.app.get(ElectionBallotBoxService);
    secretMeeting = await openMeeting(ELSEWHERE, 'Library');
    secretElection = (await ok<{ createDelegateElection: { id: string } }>(E.create, { input: { meetingId: secretMeeting } }, staffAToken))
      .createDelegateElection.id;
    picks = [];
    for (const name of ['Dee', 'Eve', 'Flo']) {
      const person = await residentOf(ELSEWHERE);
      picks.push(
        (await ok<{ nominateSelf: { id: string } }>(E.nominate, { input: { electionId: secretElection, displayName: name, statement: '' } }, person.token))
          .nominateSelf.id,
      );
    }
    await ok(E.open, { id: secretElection }, staffAToken);
  });

  it('election_ballot has no column that could name a voter, a time or a sequence, and refers only to its election', async () => {
    const columns = (await dataSource.query(
      `SELECT column_name, data_type, column_default FROM information_schema.columns WHERE table_schema = 'assemblies' AND table_name = 'election_ballot' ORDER BY ordinal_position`,
    )) as Array<{ column_name: string; data_type: string; column_default: string | null }>;
    expect(columns.map((column) => column.column_name)).toEqual(['id', 'election_id', 'choices']);
    expect(columns.filter((column) => /time|date|serial/.test(column.data_type) || column.column_default !== null)).toEqual([]);
    const references = await dataSource.query(
      `SELECT confrelid = 'assemblies.election'::regclass AS election FROM pg_constraint WHERE conrelid = 'assemblies.election_ballot'::regclass AND contype = 'f'`,
    );
    expect(references).toEqual([{ election: true }]);
  });

  it('a batch of many voters shares one xmin, its ballots in an order unrelated to the voters’; a voter twice in a batch votes once', async () => {
    const requests: ElectionBallotRequest[] = Array.from({ length: 30 }, (_, index) => ({
      electionId: secretElection,
      accountId: randomUUID(),
      choices: choicesFor(index),
    }));
    const again: ElectionBallotRequest = { ...(requests[0] as ElectionBallotRequest), choices: [picks[2] as string] };
    // Submitted in one tick: the batcher writes them as one batch.
    const outcomes = await Promise.allSettled([...requests, again].map((request) => box.cast(request)));
    expect(outcomes.slice(0, 30).every((outcome) => outcome.status === 'fulfilled')).toBe(true);
    const last = outcomes[30];
    expect(last?.status === 'rejected' ? (last.reason as { code?: string }).code : 'stored').toBe(ErrorCode.ALREADY_VOTED);
    requests.forEach((request) => tallyMarks(request.choices));
    const issued = outcomes.slice(0, 30).map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : ''));

    const ballots = (await dataSource.query(`SELECT xmin::text AS xmin, id, choices FROM assemblies.election_ballot WHERE id = ANY($1::uuid[]) ORDER BY ctid`, [
      issued,
    ])) as Array<{
      xmin: string;
      id: string;
      choices: string[];
    }>;
    const voterRows = (await dataSource.query(
      `SELECT xmin::text AS xmin, account_id FROM assemblies.election_voter WHERE election_id = $1 AND account_id = ANY($2::uuid[]) ORDER BY ctid`,
      [secretElection, requests.map((request) => request.accountId)],
    )) as Array<{ xmin: string; account_id: string }>;
    expect(ballots).toHaveLength(30);
    expect(voterRows).toHaveLength(30);
    expect(new Set([...ballots, ...voterRows].map((row) => row.xmin)).size).toBe(1);
    // Each receipt names the ballot with the voter's own choices (the test knows the pairing; the database does not).
    expect(ballots.every((ballot) => JSON.stringify(ballot.choices) === JSON.stringify(requests[issued.indexOf(ballot.id)]?.choices))).toBe(true);
    // Physical order of the ballots, as request indexes: a permutation, neither the order the voters came in nor the voter rows' order.
    const order = ballots.map((ballot) => issued.indexOf(ballot.id));
    expect([...order].sort((a, b) => a - b)).toEqual(requests.map((_, index) => index));
    expect(order).not.toEqual(requests.map((_, index) => index));
    expect(order).not.toEqual(voterRows.map((row) => requests.findIndex((request) => request.accountId === row.account_id)));
  });

  it('one voter casting 100 times at once: exactly one ballot and 99 ALREADY_VOTED', async () => {
    const [voter] = await checkedInVoters(1);
    const before = await footprint(secretElection);
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, index) =>
        gql<{ castElectionBallot: { ballotId: string } }>(
          E.vote,
          { input: { electionId: secretElection, choices: choicesFor(index) } },
          { token: voter?.token },
        ),
      ),
    );
    const stored = results.filter((result) => result.data?.castElectionBallot);
    expect(stored).toHaveLength(1);
    expect(results.filter((result) => codeOf(result) === ErrorCode.ALREADY_VOTED)).toHaveLength(99);
    expect(await footprint(secretElection)).toEqual({ ...before, voters: before.voters + 1, ballots: before.ballots + 1 });
    const [ballot] = (await dataSource.query(`SELECT choices FROM assemblies.election_ballot WHERE id = $1`, [
      stored[0]?.data?.castElectionBallot.ballotId,
    ])) as Array<{ choices: string[] }>;
    tallyMarks(ballot?.choices ?? []);
  }, 60_000);

  it('voters casting at once all get receipts, each a stored ballot; voting closed, a late batch stores nothing (CONFLICT)', async () => {
    const voters = await checkedInVoters(12);
    const results = await Promise.all(
      voters.map((voter, index) =>
        ok<{ castElectionBallot: { ballotId: string } }>(E.vote, { input: { electionId: secretElection, choices: choicesFor(index + 1) } }, voter.token),
      ),
    );
    voters.forEach((_, index) => tallyMarks(choicesFor(index + 1)));
    const receipts = results.map((result) => result.castElectionBallot.ballotId);
    expect(
      await count(`SELECT count(*)::int AS n FROM assemblies.election_ballot WHERE election_id = $1 AND id = ANY($2::uuid[])`, [secretElection, receipts]),
    ).toBe(12);
    const after = await footprint(secretElection);
    expect(after.ballots).toBe(after.voters);

    await ok(E.close, { id: secretElection }, staffAToken);
    const late = await box.write([{ electionId: secretElection, accountId: randomUUID(), choices: [picks[0] as string] }]);
    expect(late.map((outcome) => (outcome.ok ? 'stored' : (outcome.error as { code?: string }).code))).toEqual([ErrorCode.CONFLICT]);
    expect(await footprint(secretElection)).toEqual(after);
  }, 60_000);

  it('certification counts exactly the ballots the box accepted', async () => {
    await ok(E.certify, { id: secretElection }, staffAToken);
    const read = await ok<{ election: { result: { validBallots: number; totals: Array<{ candidateId: string; votes: number }> } } }>(E.read, {
      id: secretElection,
    });
    expect(read.election.result.validBallots).toBe((await footprint(secretElection)).ballots);
    expect(Object.fromEntries(read.election.result.totals.map((total) => [total.candidateId, total.votes]))).toEqual(
      Object.fromEntries(picks.map((id) => [id, expected.get(id) ?? 0])),
    );
  });

  it('the migration keeps every ballot and gives ballots written one voter per transaction one shared xmin (reversible; rolled back here)', async () => {
    // Migrations run as the schemas' owner, not as the service's role.
    const owner = await new DataSource({ ...assembliesDataSourceOptions(process.env['DATABASE_URL'] ?? ''), poolSize: 1 } as DataSourceOptions).initialize();
    const migration = owner.migrations.find((candidate) => candidate.name === 'ShuffleElectionBallots1795219410000');
    if (!migration) throw new Error('migration not registered');
    const runner = owner.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const rows = async () =>
        (await runner.query(`SELECT id, election_id, choices FROM assemblies.election_ballot WHERE election_id = $1 ORDER BY id`, [
          secretElection,
        ])) as unknown[];
      const defaultOfId = async () =>
        (
          (await runner.query(
            `SELECT column_default FROM information_schema.columns WHERE table_schema = 'assemblies' AND table_name = 'election_ballot' AND column_name = 'id'`,
          )) as Array<{ column_default: string | null }>
        )[0]?.column_default;
      await migration.down(runner);
      expect(await defaultOfId()).toBe('gen_random_uuid()');
      // The old way: each voter with their ballot in a transaction of its own (subtransactions get xids of their own).
      const pairs: Array<{ voter: string; ballot: string }> = [];
      for (let index = 0; index < 5; index += 1) {
        await runner.query(`SAVEPOINT old_ballot`);
        const [voter] = (await runner.query(
          `INSERT INTO assemblies.election_voter (election_id, account_id, voted_at) VALUES ($1, gen_random_uuid(), now()) RETURNING xmin::text AS xmin`,
          [secretElection],
        )) as Array<{ xmin: string }>;
        const [ballot] = (await runner.query(
          `INSERT INTO assemblies.election_ballot (election_id, choices) VALUES ($1, $2::jsonb) RETURNING xmin::text AS xmin`,
          [secretElection, JSON.stringify([picks[0]])],
        )) as Array<{ xmin: string }>;
        await runner.query(`RELEASE SAVEPOINT old_ballot`);
        pairs.push({ voter: voter?.xmin ?? '', ballot: ballot?.xmin ?? '' });
      }
      expect(pairs.every((pair) => pair.voter === pair.ballot)).toBe(true);
      expect(new Set(pairs.map((pair) => pair.ballot)).size).toBe(5);
      const before = await rows();

      await migration.up(runner);
      expect(await defaultOfId()).toBeNull();
      expect(await rows()).toEqual(before);
      const xmins = (await runner.query(`SELECT DISTINCT xmin::text AS xmin FROM assemblies.election_ballot WHERE election_id = $1`, [
        secretElection,
      ])) as Array<{ xmin: string }>;
      const [current] = (await runner.query(`SELECT pg_current_xact_id()::xid::text AS xmin`)) as Array<{ xmin: string }>;
      expect(xmins).toEqual([current]);
      expect(pairs.some((pair) => pair.voter === current?.xmin)).toBe(false);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
      await owner.destroy();
    }
  });
});
