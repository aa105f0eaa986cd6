import { Client } from 'pg';
import { DEMO_ACCOUNTS, demoResidentEmail, ErrorCode } from '@civic/contracts';
import { gql, signIn, stack, waitFor } from '../support';

/**
 * The spring meeting in three counties through the gateway: staff set up and open each
 * meeting and its delegate election, demo residents 1 and 2 of each county check in,
 * nominate themselves and vote electronically, staff enter paper totals that an admin
 * confirms, staff certify, and the public roster shows the winners seated with their terms.
 */
const COUNTIES = ['55001', '55003', '55005'];
/** The next spring meeting after the demo's date: the demo delegates of the seats up finish their terms at it. */
const YEAR = 2027;

const Q = {
  createMeeting: `mutation ($input: CreateCountyMeetingInput!) { createCountyMeeting(input: $input) { id } }`,
  openMeeting: `mutation ($id: ID!) { openCountyMeeting(meetingId: $id) { id status } }`,
  checkIn: `mutation ($input: CheckInInput!) { checkIn(input: $input) { withVote } }`,
  createElection: `mutation ($input: CreateDelegateElectionInput!) { createDelegateElection(input: $input) { id seatsToFill seats { number } } }`,
  nominate: `mutation ($input: NominateSelfInput!) { nominateSelf(input: $input) { id displayName } }`,
  openVoting: `mutation ($id: ID!) { openElectionVoting(electionId: $id) { phase } }`,
  vote: `mutation ($input: CastElectionBallotInput!) { castElectionBallot(input: $input) { ballotId } }`,
  closeVoting: `mutation ($id: ID!) { closeElectionVoting(electionId: $id) { phase tieSeed } }`,
  paper: `mutation ($input: EnterPaperTotalsInput!) { enterPaperTotals(input: $input) { id papers } }`,
  confirm: `mutation ($id: ID!) { confirmPaperTotals(paperTotalsId: $id) { confirmedBy } }`,
  certify: `mutation ($id: ID!) { certifyElection(electionId: $id) { phase } }`,
  result: `query ($id: ID!) { election(id: $id) { phase result { seed elected totals { candidateId votes outcome } seats { seatNumber candidateId termStart termEnd } } } }`,
  roster: `query ($code: String!) { jurisdiction(code: $code) { seats { number holder { displayName termStart termEnd startKind account { id } } } } }`,
};

interface Person {
  id: string;
  token: string;
}

let staffToken: string;
let adminToken: string;
let db: Client;

async function must<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const { body } = await gql<T>(query, variables, { token });
  if (!body.data || body.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function resident(county: string, n: number): Promise<Person> {
  const { accessToken } = await signIn(demoResidentEmail(county, n), DEMO_ACCOUNTS.residentPassword);
  const me = await must<{ me: { id: string } }>('{ me { id } }', {}, accessToken);
  return { id: me.me.id, token: accessToken };
}

/** Waits until assemblies has applied every residency event identity wrote about the account. */
async function residencyReachedAssemblies(accountId: string): Promise<void> {
  await waitFor(
    async () => {
      const { rows } = await db.query<{ missing: number; total: number }>(
        `SELECT count(*) FILTER (WHERE i."id" IS NULL)::int AS missing, count(*)::int AS total
           FROM "identity"."outbox_event" o LEFT JOIN "assemblies"."inbox_event" i ON i."id" = o."id"
          WHERE o."payload"->>'accountId' = $1`,
        [accountId],
      );
      return rows[0] !== undefined && rows[0].total > 0 && rows[0].missing === 0;
    },
    { timeoutMs: 30_000, intervalMs: 200 },
  );
}

beforeAll(async () => {
  staffToken = (await signIn(DEMO_ACCOUNTS.staff.email, DEMO_ACCOUNTS.staff.password)).accessToken;
  adminToken = (await signIn(DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.password)).accessToken;
  db = new Client({ connectionString: stack().databaseUrl });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
});

describe('the spring meeting in three counties', () => {
  it('elects delegates electronically and on confirmed paper, certifies, and seats the winners on the public roster', async () => {
    for (const county of COUNTIES) {
      const [first, second] = [await resident(county, 1), await resident(county, 2)];
      await residencyReachedAssemblies(first.id);
      await residencyReachedAssemblies(second.id);

      const meeting = await must<{ createCountyMeeting: { id: string } }>(
        Q.createMeeting,
        { input: { jurisdictionCode: county, year: YEAR, place: 'County courthouse', startsAt: `${YEAR}-04-12T23:00:00Z`, endsAt: `${YEAR}-04-13T02:00:00Z` } },
        staffToken,
      );
      const meetingId = meeting.createCountyMeeting.id;
      await must(Q.openMeeting, { id: meetingId }, staffToken);
      const election = await must<{ createDelegateElection: { id: string; seatsToFill: number; seats: Array<{ number: number }> } }>(
        Q.createElection,
        { input: { meetingId } },
        staffToken,
      );
      const electionId = election.createDelegateElection.id;
      const seatsUp = election.createDelegateElection.seats.map((seat) => seat.number);
      expect(seatsUp).toHaveLength(2);

      for (const person of [first, second]) {
        expect((await must<{ checkIn: { withVote: boolean } }>(Q.checkIn, { input: { meetingId, accountId: person.id } }, staffToken)).checkIn.withVote).toBe(true);
      }
      const [c1, c2] = [
        (await must<{ nominateSelf: { id: string } }>(Q.nominate, { input: { electionId, displayName: `First of ${county}`, statement: 'Habitat first.' } }, first.token)).nominateSelf.id,
        (await must<{ nominateSelf: { id: string } }>(Q.nominate, { input: { electionId, displayName: `Second of ${county}`, statement: 'More youth outreach.' } }, second.token)).nominateSelf.id,
      ];
      await must(Q.openVoting, { id: electionId }, staffToken);
      await must(Q.vote, { input: { electionId, choices: [c1] } }, first.token);
      await must(Q.vote, { input: { electionId, choices: [c1, c2] } }, second.token);
      const twice = await gql(Q.vote, { input: { electionId, choices: [c2] } }, { token: first.token });
      expect(twice.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.ALREADY_VOTED);

      // A resident of another county, not checked in here, has no vote in this election.
      const neighbour = await resident(COUNTIES[(COUNTIES.indexOf(county) + 1) % COUNTIES.length] ?? '', 1);
      const foreign = await gql(Q.vote, { input: { electionId, choices: [c2] } }, { token: neighbour.token });
      expect(foreign.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.NOT_ELIGIBLE);

      // Paper: 3 for the second candidate; staff enter, the same staff cannot confirm, the admin does.
      const paper = await must<{ enterPaperTotals: { id: string } }>(Q.paper, { input: { electionId, totals: [{ candidateId: c2, votes: 3 }] } }, staffToken);
      const selfConfirm = await gql(Q.confirm, { id: paper.enterPaperTotals.id }, { token: staffToken });
      expect(selfConfirm.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.SECOND_CONFIRMER_REQUIRED);
      await must(Q.confirm, { id: paper.enterPaperTotals.id }, adminToken);

      const closed = await must<{ closeElectionVoting: { tieSeed: string } }>(Q.closeVoting, { id: electionId }, staffToken);
      expect((await must<{ certifyElection: { phase: string } }>(Q.certify, { id: electionId }, staffToken)).certifyElection.phase).toBe('CERTIFIED');
      const again = await gql(Q.certify, { id: electionId }, { token: adminToken });
      expect(again.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.CONFLICT);

      // Public result: c2 has 1 electronic + 3 paper = 4, c1 has 2; c2, first elected, takes the longer term.
      const result = await must<{
        election: { phase: string; result: { seed: string; elected: string[]; totals: Array<{ candidateId: string; votes: number }>; seats: Array<{ seatNumber: number; candidateId: string; termStart: string; termEnd: string }> } };
      }>(Q.result, { id: electionId });
      expect(result.election.result.seed).toBe(closed.closeElectionVoting.tieSeed);
      expect(result.election.result.elected).toEqual([c2, c1]);
      expect(Object.fromEntries(result.election.result.totals.map((t) => [t.candidateId, t.votes]))).toEqual({ [c1]: 2, [c2]: 4 });

      const roster = await must<{
        jurisdiction: { seats: Array<{ number: number; holder: { displayName: string; termStart: string; termEnd: string; startKind: string; account: { id: string } } | null }> };
      }>(Q.roster, { code: county });
      for (const won of result.election.result.seats) {
        const seat = roster.jurisdiction.seats.find((row) => row.number === won.seatNumber);
        const winner = won.candidateId === c1 ? first : second;
        expect(seat?.holder).toMatchObject({ startKind: 'ELECTED', termStart: won.termStart, termEnd: won.termEnd, account: { id: winner.id } });
        expect(won.termStart.startsWith(`${YEAR}-04-`)).toBe(true);
      }
      const [longer, shorter] = result.election.result.seats;
      expect(longer?.candidateId).toBe(c2);
      expect((longer?.termEnd ?? '') > (shorter?.termEnd ?? '')).toBe(true);
      // The seats not up keep their demo delegates.
      expect(roster.jurisdiction.seats.filter((seat) => !seatsUp.includes(seat.number)).every((seat) => seat.holder !== null)).toBe(true);
    }

    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "assemblies"."outbox_event" WHERE "name" = 'assemblies.election-certified' AND "payload"->>'jurisdictionCode' = ANY($1)`,
      [COUNTIES],
    );
    expect(rows[0]?.n).toBe(3);
  });
});
