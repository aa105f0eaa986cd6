import { DEMO_ACCOUNTS, demoAccountId, demoDelegateEmail, demoResidentEmail, type DemoReferenceData } from '@civic/contracts';
import { succeedingClient } from '@civic/testing';
import { MAJORITY, decideRollCall } from '@civic/voting-domain';
import { startVotingTestApp, type VotingTestApp } from '../../testing/voting-test-app';
import { DEMO_CONFLICT, DEMO_ROLL_CALL_TITLE, DEMO_STATEWIDE_QUESTIONS, demoChoice, demoDraw } from './voting-demo.data';
import { seedVotingDemo } from './voting-demo.seed';

/**
 * The voting demo seed, on a small congress of its own: year 2074 and counties 99741–99743
 * are this file's own (the real demo is Wisconsin's 2027).
 */
const YEAR = 2074;
const COUNTIES = ['99741', '99742', '99743'];
const DEMO: DemoReferenceData = {
  congress: { slug: 'seed-spec', name: 'Seed Spec Congress', shortName: 'SSC', timeZone: 'America/Chicago' },
  tiers: [
    { level: 0, name: 'State', pluralName: 'States' },
    { level: 1, name: 'County', pluralName: 'Counties' },
  ],
  jurisdictions: [
    { code: 'SS', name: 'Seed Spec', tierLevel: 0, parentCode: null, population: null, seat: null },
    ...COUNTIES.map((code, index) => ({ code, name: `Spec County ${index + 1}`, tierLevel: 1, parentCode: 'SS', population: 1000, seat: null })),
  ],
};

let testApp: VotingTestApp;
let ok: ReturnType<typeof succeedingClient>;

const RESULTS = `query ($year: Int!) { questionResults(year: $year) { yes no abstain live question { text countyCode position } counties { countyCode yes no abstain byChannel { channel yes no abstain } } } }`;
const BULLETIN = `query ($year: Int!, $county: String!) { ballotBulletin(year: $year, countyCode: $county) { receipts } }`;
const ROLL_CALLS = `query ($year: Int!) { rollCalls(bodyCode: "convention", year: $year) { id title status outcome electorateSize present yes no abstain conflicts question { text }
  votes { account { id } displayName countyCode seatNumber choice conflict conflictReason } } }`;

interface Counts {
  yes: number;
  no: number;
  abstain: number;
}
interface Result extends Counts {
  live: boolean;
  question: { text: string; countyCode: string | null; position: number };
  counties: Array<Counts & { countyCode: string; byChannel: Array<Counts & { channel: string }> }>;
}
interface RollCall extends Counts {
  id: string;
  title: string;
  status: string;
  outcome: string;
  electorateSize: number;
  present: number;
  conflicts: number;
  question: { text: string } | null;
  votes: Array<{
    account: { id: string };
    displayName: string;
    countyCode: string;
    seatNumber: number;
    choice: string | null;
    conflict: boolean;
    conflictReason: string | null;
  }>;
}

async function counts(): Promise<Record<string, number>> {
  const [row] = (await testApp.dataSource.query(
    `SELECT (SELECT count(*)::int FROM voting.ballot b JOIN voting.questionnaire q ON q.id = b.questionnaire_id WHERE q.year = $1) AS ballots,
            (SELECT count(*)::int FROM voting.questionnaire_voter v JOIN voting.questionnaire q ON q.id = v.questionnaire_id WHERE q.year = $1 AND v.channel <> 'paper') AS voters,
            (SELECT count(*)::int FROM voting.questionnaire_voter v JOIN voting.questionnaire q ON q.id = v.questionnaire_id WHERE q.year = $1 AND v.channel = 'paper') AS "paperVoters",
            (SELECT coalesce(sum(i.issued), 0)::int FROM voting.paper_ballot_issue i JOIN voting.questionnaire q ON q.id = i.questionnaire_id WHERE q.year = $1) AS "papersIssued",
            (SELECT count(*)::int FROM voting.questionnaire_question x JOIN voting.questionnaire q ON q.id = x.questionnaire_id WHERE q.year = $1) AS questions,
            (SELECT count(*)::int FROM voting.roll_call WHERE year = $1) AS "rollCalls",
            (SELECT count(*)::int FROM voting.outbox_event WHERE name = 'voting.roll-call-closed' AND (payload->>'year')::int = $1) AS announced`,
    [YEAR],
  )) as Array<Record<string, number>>;
  return row ?? {};
}

beforeAll(async () => {
  testApp = await startVotingTestApp();
  ok = succeedingClient(testApp.gql);
  await seedVotingDemo(testApp.dataSource, DEMO, { year: YEAR });
});

afterAll(async () => {
  await testApp?.close();
});

describe('the voting demo seed', () => {
  it('opens the questionnaire with the statewide questions and one county’s citizen resolution', async () => {
    const { questionnaire } = await ok<{
      questionnaire: { status: string; questions: Array<{ source: string; text: string; countyCode: string | null; resolutionNumber: string | null }> };
    }>(`query ($year: Int!) { questionnaire(year: $year) { status questions { source text countyCode resolutionNumber } } }`, { year: YEAR });
    expect(questionnaire.status).toBe('OPEN');
    expect(questionnaire.questions).toEqual([
      ...DEMO_STATEWIDE_QUESTIONS.map((question) => ({ source: question.source.toUpperCase(), text: question.text, countyCode: null, resolutionNumber: null })),
      expect.objectContaining({ source: 'COUNTY_RESOLUTION', countyCode: COUNTIES[0], resolutionNumber: `${YEAR}-9001` }),
    ]);
  });

  it('casts two residents’ ballots per county through the ballot box, with every receipt on the bulletin, and leaves resident 1 free to vote', async () => {
    expect(await counts()).toMatchObject({ ballots: 6, voters: 6, questions: 4 });
    for (const county of COUNTIES) {
      const { ballotBulletin } = await ok<{ ballotBulletin: { receipts: string[] } }>(BULLETIN, { year: YEAR, county });
      expect(ballotBulletin.receipts).toHaveLength(2);
    }
    const voters = (await testApp.dataSource.query(
      `SELECT v.account_id FROM voting.questionnaire_voter v JOIN voting.questionnaire q ON q.id = v.questionnaire_id WHERE q.year = $1`,
      [YEAR],
    )) as Array<{ account_id: string }>;
    const ids = new Set(voters.map((voter) => voter.account_id));
    for (const county of COUNTIES) {
      expect(ids.has(demoAccountId(demoResidentEmail(county, 1)))).toBe(false);
      expect(ids.has(demoAccountId(demoResidentEmail(county, 2)))).toBe(true);
    }
  });

  it('hands paper ballots to the walk-ins of two county meetings, each recorded as a paper voter, as many as the most-marked question counts', async () => {
    const { paperVoters, papersIssued } = await counts();
    expect(paperVoters).toBe(papersIssued);
    const rooms = await Promise.all(
      COUNTIES.slice(0, 2).map(async (county) => {
        const { questionResults } = await ok<{
          questionResults: Array<{ counties: Array<{ countyCode: string; byChannel: Array<{ channel: string; yes: number; no: number; abstain: number }> }> }>;
        }>(RESULTS, { year: YEAR });
        const marks = questionResults.map((result) => {
          const paper = result.counties.find((row) => row.countyCode === county)?.byChannel.find((channel) => channel.channel === 'PAPER');
          return (paper?.yes ?? 0) + (paper?.no ?? 0) + (paper?.abstain ?? 0);
        });
        return Math.max(...marks);
      }),
    );
    expect(papersIssued).toBe(rooms.reduce((sum, room) => sum + room, 0));
  });

  it('shows live results county by county: the deterministic online answers, and confirmed paper totals in two counties', async () => {
    const { questionResults } = await ok<{ questionResults: Result[] }>(RESULTS, { year: YEAR });
    const first = questionResults.find((result) => result.question.text === DEMO_STATEWIDE_QUESTIONS[0].text) as Result;
    expect(first.live).toBe(true);
    for (const county of COUNTIES) {
      const expected: Counts = { yes: 0, no: 0, abstain: 0 };
      for (const n of [2, 3]) expected[demoChoice(`ballot:${county}:${n}:${first.question.position}`, DEMO_STATEWIDE_QUESTIONS[0].lean)] += 1;
      const row = first.counties.find((candidate) => candidate.countyCode === county);
      expect(row?.byChannel.find((channel) => channel.channel === 'ONLINE')).toMatchObject(expected);
      const paper = row?.byChannel.find((channel) => channel.channel === 'PAPER');
      if (county === COUNTIES[2]) expect(paper ?? { yes: 0, no: 0, abstain: 0 }).toMatchObject({ yes: 0, no: 0, abstain: 0 });
      else expect((paper?.yes ?? 0) + (paper?.no ?? 0) + (paper?.abstain ?? 0)).toBe(40 + demoDraw(`paper:${county}:${first.question.position}`));
    }
    // The county-local question is counted in its county only.
    const local = questionResults.find((result) => result.question.countyCode !== null) as Result;
    expect(local.counties.map((county) => county.countyCode)).toEqual([COUNTIES[0]]);
  });

  it('closes a convention roll call of every demo delegate, with named votes, a declared conflict and the outcome announced', async () => {
    const { rollCalls } = await ok<{ rollCalls: RollCall[] }>(ROLL_CALLS, { year: YEAR });
    expect(rollCalls).toHaveLength(1);
    const [rollCall] = rollCalls as [RollCall];
    expect(rollCall).toMatchObject({ title: DEMO_ROLL_CALL_TITLE, status: 'CLOSED', electorateSize: 15, question: { text: DEMO_STATEWIDE_QUESTIONS[0].text } });
    const expected: Counts = { yes: 0, no: 0, abstain: 0 };
    let absent = 0;
    for (const county of COUNTIES) {
      for (let seat = 1; seat <= DEMO_ACCOUNTS.delegatesPerCounty; seat += 1) {
        const vote = rollCall.votes.find((candidate) => candidate.account.id === demoAccountId(demoDelegateEmail(county, seat)));
        expect(vote).toMatchObject({ countyCode: county, seatNumber: seat, displayName: `Spec County ${COUNTIES.indexOf(county) + 1} Delegate ${seat}` });
        if (county === COUNTIES[0] && seat === DEMO_CONFLICT.seatNumber) {
          expect(vote).toMatchObject({ choice: null, conflict: true, conflictReason: DEMO_CONFLICT.reason });
          continue;
        }
        if (demoDraw(`roll-call-absent:${county}:${seat}`) < 5) {
          absent += 1;
          expect(vote?.choice).toBeNull();
          continue;
        }
        const choice = demoChoice(`roll-call:${county}:${seat}`, { yes: 55, no: 39 });
        expected[choice] += 1;
        expect(vote?.choice).toBe(choice.toUpperCase());
      }
    }
    const decision = decideRollCall(MAJORITY, 8, { ...expected, conflicts: 1 });
    expect(rollCall).toMatchObject({ ...expected, conflicts: 1, present: 15 - absent, outcome: decision.outcome.toUpperCase().replace('-', '_') });
    expect(await counts()).toMatchObject({ rollCalls: 1, announced: 1 });
  });

  it('changes nothing when run again', async () => {
    const before = await counts();
    await seedVotingDemo(testApp.dataSource, DEMO, { year: YEAR });
    expect(await counts()).toEqual(before);
  });
});
