import { Client } from 'pg';
import { DEMO_ACCOUNTS, demoAccountId, demoDelegateEmail, demoResidentEmail, ErrorCode } from '@civic/contracts';
import { gql, signIn, stack, waitFor, must } from '../support';

/**
 * The spring meeting in three counties through the gateway: staff set up and open each
 * meeting and its delegate election, demo residents 1 and 2 of each county check in,
 * nominate themselves and vote electronically, staff enter paper totals that an admin
 * confirms, staff certify, and the public roster shows the winners seated with their terms.
 * Then the convention: District 1 (55003 and 55005 met above) elects its two District
 * Leadership Council members, the council elects the Executive Committee, and the public
 * rosters of both bodies are read back.
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
  issuePaper: `mutation ($input: IssueElectionPaperBallotInput!) { issueElectionPaperBallot(input: $input) { paperBallotsIssued } }`,
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
        expect((await must<{ checkIn: { withVote: boolean } }>(Q.checkIn, { input: { meetingId, accountId: person.id } }, staffToken)).checkIn.withVote).toBe(
          true,
        );
      }
      const [c1, c2] = [
        (
          await must<{ nominateSelf: { id: string } }>(
            Q.nominate,
            { input: { electionId, displayName: `First of ${county}`, statement: 'Habitat first.' } },
            first.token,
          )
        ).nominateSelf.id,
        (
          await must<{ nominateSelf: { id: string } }>(
            Q.nominate,
            { input: { electionId, displayName: `Second of ${county}`, statement: 'More youth outreach.' } },
            second.token,
          )
        ).nominateSelf.id,
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

      // Three delegates of the county, checked in with a vote, are handed paper ballots; the
      // resident who voted electronically is told so at the desk and gets none.
      for (let seat = 1; seat <= 3; seat += 1) {
        const accountId = demoAccountId(demoDelegateEmail(county, seat));
        expect((await must<{ checkIn: { withVote: boolean } }>(Q.checkIn, { input: { meetingId, accountId } }, staffToken)).checkIn.withVote).toBe(true);
        const issued = await must<{ issueElectionPaperBallot: { paperBallotsIssued: number } }>(Q.issuePaper, { input: { electionId, accountId } }, staffToken);
        expect(issued.issueElectionPaperBallot.paperBallotsIssued).toBe(seat);
      }
      const atTheDesk = await gql(Q.issuePaper, { input: { electionId, accountId: first.id } }, { token: staffToken });
      expect(atTheDesk.body.errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.ALREADY_VOTED, channel: 'electronic' });

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
        election: {
          phase: string;
          result: {
            seed: string;
            elected: string[];
            totals: Array<{ candidateId: string; votes: number }>;
            seats: Array<{ seatNumber: number; candidateId: string; termStart: string; termEnd: string }>;
          };
        };
      }>(Q.result, { id: electionId });
      expect(result.election.result.seed).toBe(closed.closeElectionVoting.tieSeed);
      expect(result.election.result.elected).toEqual([c2, c1]);
      expect(Object.fromEntries(result.election.result.totals.map((t) => [t.candidateId, t.votes]))).toEqual({ [c1]: 2, [c2]: 4 });

      const roster = await must<{
        jurisdiction: {
          seats: Array<{
            number: number;
            holder: { displayName: string; termStart: string; termEnd: string; startKind: string; account: { id: string } } | null;
          }>;
        };
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

const B = {
  create: `mutation ($input: CreateBodyElectionInput!) { createBodyElection(input: $input) { id kind office seatsToFill } }`,
  body: `query ($code: String!) { bodyByCode(code: $code) { members(first: 50) { totalCount edges { node { office countyCode districtCode basis termStart termEnd account { id } } } } offices { office basis termStart termEnd account { id } } } }`,
};
const DISTRICT = 'D01';
const DISTRICT_COUNTIES = ['55003', '55005', '55007'];
const EXECUTIVE_OFFICES = ['CHAIR', 'VICE_CHAIR', 'SECRETARY', 'PUBLIC_RELATIONS_OFFICER', 'HISTORIAN'];

interface Member {
  office: string | null;
  countyCode: string | null;
  districtCode: string | null;
  basis: string;
  termStart: string;
  termEnd: string;
  account: { id: string };
}
interface BodyRead {
  bodyByCode: {
    members: { totalCount: number; edges: Array<{ node: Member }> };
    offices: Array<{ office: string; basis: string; termStart: string; termEnd: string; account: { id: string } }>;
  };
}
const readBody = async (code: string) => (await must<BodyRead>(B.body, { code })).bodyByCode;

/** The demo credentials behind an account: a spring meeting winner (demo resident) or a demo delegate. */
async function signInAs(accountId: string, county: string): Promise<Person> {
  for (const email of [1, 2, 3, 4, 5].flatMap((n) => [demoDelegateEmail(county, n), demoResidentEmail(county, n)])) {
    if (demoAccountId(email) === accountId) return { id: accountId, token: (await signIn(email, DEMO_ACCOUNTS.residentPassword)).accessToken };
  }
  throw new Error(`no demo credentials for ${accountId} of ${county}`);
}

async function delegatesOf(county: string): Promise<Person[]> {
  const roster = await must<{ jurisdiction: { seats: Array<{ number: number; holder: { account: { id: string } } | null }> } }>(Q.roster, { code: county });
  const people: Person[] = [];
  for (const seat of roster.jurisdiction.seats) if (seat.holder) people.push(await signInAs(seat.holder.account.id, county));
  return people;
}

async function runBodyElection(
  input: Record<string, unknown>,
  candidates: Array<{ person: Person; name: string }>,
  ballots: Array<{ voter: Person; picks: number[] }>,
): Promise<{ id: string; candidateIds: string[] }> {
  const id = (await must<{ createBodyElection: { id: string } }>(B.create, { input }, staffToken)).createBodyElection.id;
  const candidateIds: string[] = [];
  for (const { person, name } of candidates) {
    candidateIds.push(
      (
        await must<{ nominateSelf: { id: string } }>(
          Q.nominate,
          { input: { electionId: id, displayName: name, statement: 'For the convention.' } },
          person.token,
        )
      ).nominateSelf.id,
    );
  }
  await must(Q.openVoting, { id }, staffToken);
  for (const { voter, picks } of ballots) await must(Q.vote, { input: { electionId: id, choices: picks.map((pick) => candidateIds[pick]) } }, voter.token);
  await must(Q.closeVoting, { id }, staffToken);
  await must(Q.certify, { id }, staffToken);
  return { id, candidateIds };
}

describe('the convention', () => {
  let councilOfDistrict: string[];

  it("elects District 1's council members, at most one per county even when the top two share a county", async () => {
    const [ashland, barron, bayfield] = [await delegatesOf('55003'), await delegatesOf('55005'), await delegatesOf('55007')];
    // 55003's delegates include the two elected this spring; the first of them leads, a second 55003 delegate comes second, a Bayfield delegate third.
    const [a, b] = [
      ashland.find((p) => p.id === demoAccountId(demoResidentEmail('55003', 2))),
      ashland.find((p) => p.id !== demoAccountId(demoResidentEmail('55003', 2))),
    ];
    const c = bayfield[0];
    if (!a || !b || !c) throw new Error('District 1 lacks delegates');

    const id = (
      await must<{ createBodyElection: { id: string; seatsToFill: number } }>(
        B.create,
        { input: { kind: 'COUNCIL_MEMBERS', jurisdictionCode: DISTRICT } },
        staffToken,
      )
    ).createBodyElection;
    expect(id.seatsToFill).toBe(2);
    const electionId = id.id;
    const nominate = async (person: Person, name: string) =>
      (await must<{ nominateSelf: { id: string } }>(Q.nominate, { input: { electionId, displayName: name, statement: 'District 1 first.' } }, person.token))
        .nominateSelf.id;
    const [ca, cb, cc] = [await nominate(a, 'Ashland A'), await nominate(b, 'Ashland B'), await nominate(c, 'Bayfield C')];
    const adams = await signInAs(demoAccountId(demoDelegateEmail('55001', 5)), '55001');
    const outsider = await gql(Q.nominate, { input: { electionId, displayName: 'Adams', statement: '' } }, { token: adams.token });
    expect(outsider.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.NOT_ELIGIBLE);

    await must(Q.openVoting, { id: electionId }, staffToken);
    // Ashland's five delegates: three mark A and B, two mark A only (A 5, B 3); Barron's and Bayfield's first delegates mark C (C 2).
    for (const [index, voter] of ashland.entries()) await must(Q.vote, { input: { electionId, choices: index < 3 ? [ca, cb] : [ca] } }, voter.token);
    for (const voter of [barron[0], bayfield[0]]) await must(Q.vote, { input: { electionId, choices: [cc] } }, voter?.token);
    const foreign = await gql(Q.vote, { input: { electionId, choices: [cc] } }, { token: adams.token });
    expect(foreign.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.NOT_ELIGIBLE);
    const twice = await gql(Q.vote, { input: { electionId, choices: [cc] } }, { token: c.token });
    expect(twice.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.ALREADY_VOTED);
    const paper = await gql(Q.paper, { input: { electionId, totals: [{ candidateId: cc, votes: 9 }] } }, { token: staffToken });
    expect(paper.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.PAPER_TOTALS_NOT_ACCEPTED);
    await must(Q.closeVoting, { id: electionId }, staffToken);
    await must(Q.certify, { id: electionId }, staffToken);

    const result = await must<{ election: { result: { elected: string[]; totals: Array<{ candidateId: string; votes: number; outcome: string }> } } }>(
      Q.result,
      { id: electionId },
    );
    expect(result.election.result.elected).toEqual([ca, cc]);
    expect(result.election.result.totals.find((total) => total.candidateId === cb)).toMatchObject({ votes: 3, outcome: 'BARRED' });

    const council = await readBody('district-leadership-council');
    const district = council.members.edges.map(({ node }) => node).filter((node) => node.districtCode === DISTRICT);
    expect(district.map((node) => node.account.id).sort()).toEqual([a.id, c.id].sort());
    expect(new Set(district.map((node) => node.countyCode)).size).toBe(2);
    expect(district.every((node) => node.basis === 'ELECTED' && DISTRICT_COUNTIES.includes(node.countyCode ?? '') && node.termEnd > node.termStart)).toBe(true);
    expect(council.members.totalCount).toBe(22);
    councilOfDistrict = [a.id, c.id];
  });

  it('lets the council elect the five Executive Committee officers, replacing the seeded ones, and shows them on the public roster', async () => {
    const council = (await readBody('district-leadership-council')).members.edges.map(({ node }) => node);
    // Officers: District 1's two new members, then the council members of three other districts.
    const others = council.filter((node) => node.districtCode !== DISTRICT && !councilOfDistrict.includes(node.account.id)).slice(0, 3);
    const officers: Person[] = [];
    for (const accountId of councilOfDistrict)
      officers.push(await signInAs(accountId, council.find((node) => node.account.id === accountId)?.countyCode ?? ''));
    for (const node of others) officers.push(await signInAs(node.account.id, node.countyCode ?? ''));
    const voters = officers.slice(0, 3);
    const stranger = await signInAs(demoAccountId(demoDelegateEmail('55001', 4)), '55001');

    for (const [index, office] of EXECUTIVE_OFFICES.entries()) {
      const officer = officers[index];
      if (!officer) throw new Error('too few council members');
      if (index === 0) {
        // The chair's election, with the refusals: a delegate not on the council may neither stand nor vote.
        const id = (await must<{ createBodyElection: { id: string } }>(B.create, { input: { kind: 'EXECUTIVE_OFFICER', office } }, staffToken))
          .createBodyElection.id;
        const cid = (
          await must<{ nominateSelf: { id: string } }>(Q.nominate, { input: { electionId: id, displayName: 'Chair hopeful', statement: '' } }, officer.token)
        ).nominateSelf.id;
        const standing = await gql(Q.nominate, { input: { electionId: id, displayName: 'Stranger', statement: '' } }, { token: stranger.token });
        expect(standing.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.NOT_ELIGIBLE);
        await must(Q.openVoting, { id }, staffToken);
        for (const voter of voters) await must(Q.vote, { input: { electionId: id, choices: [cid] } }, voter.token);
        const notCouncil = await gql(Q.vote, { input: { electionId: id, choices: [cid] } }, { token: stranger.token });
        expect(notCouncil.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.NOT_ELIGIBLE);
        await must(Q.closeVoting, { id }, staffToken);
        await must(Q.certify, { id }, staffToken);
        const again = await gql(Q.certify, { id }, { token: staffToken });
        expect(again.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.CONFLICT);
      } else {
        await runBodyElection(
          { kind: 'EXECUTIVE_OFFICER', office },
          [{ person: officer, name: `Officer ${index}` }],
          voters.map((voter) => ({ voter, picks: [0] })),
        );
      }
    }

    const executive = await readBody('executive-committee');
    expect(executive.offices.map((holder) => [holder.office, holder.account.id, holder.basis])).toEqual(
      EXECUTIVE_OFFICES.map((office, index) => [office, officers[index]?.id, 'ELECTED']),
    );
    const councilIds = new Set((await readBody('district-leadership-council')).members.edges.map(({ node }) => node.account.id));
    expect(executive.offices.every((holder) => councilIds.has(holder.account.id) && holder.termEnd > holder.termStart)).toBe(true);

    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "assemblies"."outbox_event" WHERE "name" = 'assemblies.body-election-certified'`,
    );
    expect(rows[0]?.n).toBe(1 + EXECUTIVE_OFFICES.length);
  });
});
