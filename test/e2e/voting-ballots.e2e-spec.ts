import { DEMO_ACCOUNTS, demoResidentEmail, ErrorCode } from '@civic/contracts';
import { gql, signIn, startRedis, stopRedis, must, codeOf } from '../support';

/**
 * Online ballots through the gateway against the demo's verified residents, with Redis
 * stopped: casting needs only PostgreSQL, so voting goes on and the results stay right; and
 * the closing time, whose job Redis cannot run, still closes voting on time. Results while
 * voting is open publish a county from K = 2 ballots (one ballot alone stays unpublished).
 * Year 2094 is this file's own.
 */
const YEAR = 2094;
const VOTERS: Array<[county: string, n: number, choice: 'yes' | 'no']> = [
  ['55025', 1, 'yes'],
  ['55025', 2, 'yes'],
  ['55001', 1, 'no'],
  ['55003', 1, 'yes'],
];

const CAST = `mutation ($input: CastBallotInput!) { castBallot(input: $input) { receipt countyCode } }`;

describe('online ballots', () => {
  let questionId: string;
  let tokens: string[];
  let latecomer: string;
  let closesAt: Date;

  beforeAll(async () => {
    const staff = (await signIn(DEMO_ACCOUNTS.staff.email, DEMO_ACCOUNTS.staff.password)).accessToken;
    const added = await must<{ addQuestionnaireQuestion: { id: string } }>(
      `mutation ($input: AddQuestionnaireQuestionInput!) { addQuestionnaireQuestion(input: $input) { id } }`,
      { input: { year: YEAR, source: 'AGENCY', text: 'Should the walleye bag limit be three?' } },
      staff,
    );
    questionId = added.addQuestionnaireQuestion.id;
    await must(`mutation ($year: Int!) { setResultsPublicationThreshold(year: $year, threshold: 2) { resultsPublicationThreshold } }`, { year: YEAR }, staff);
    await must(`mutation ($year: Int!) { openQuestionnaire(year: $year) { status } }`, { year: YEAR }, staff);
    // Voting closes in a few seconds, by a delayed job queued now, which Redis will be down to run.
    closesAt = new Date(Date.now() + 15_000);
    await must(
      `mutation ($input: ScheduleQuestionnaireInput!) { scheduleQuestionnaire(input: $input) { closesAt } }`,
      { input: { year: YEAR, opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: closesAt.toISOString() } },
      staff,
    );
    // Signed in beforehand: sign-in itself is identity's business, not what this test is about.
    tokens = await Promise.all(VOTERS.map(async ([county, n]) => (await signIn(demoResidentEmail(county, n), DEMO_ACCOUNTS.residentPassword)).accessToken));
    latecomer = (await signIn(demoResidentEmail('55025', 3), DEMO_ACCOUNTS.residentPassword)).accessToken;
  });

  it('keeps taking ballots with Redis stopped, refuses a second one, counts each county right, and closes on time all the same', async () => {
    await stopRedis();
    try {
      const receipts: string[] = [];
      for (const [index, [county, , choice]] of VOTERS.entries()) {
        const { castBallot } = await must<{ castBallot: { receipt: string; countyCode: string } }>(
          CAST,
          { input: { year: YEAR, channel: 'ONLINE', answers: [{ questionId, choice }] } },
          tokens[index],
        );
        expect(castBallot.countyCode).toBe(county);
        receipts.push(castBallot.receipt);
      }
      const again = await gql(CAST, { input: { year: YEAR, channel: 'ONLINE', answers: [{ questionId, choice: 'no' }] } }, { token: tokens[0] });
      expect(codeOf(again.body)).toBe(ErrorCode.ALREADY_VOTED);

      const { questionResults } = await must<{
        questionResults: Array<{
          yes: number;
          no: number;
          live: boolean;
          countiesInFavour: number;
          counties: Array<{ countyCode: string; belowThreshold: boolean; yes: number | null; no: number | null }>;
        }>;
      }>(`query ($year: Int!) { questionResults(year: $year) { yes no live exact countiesInFavour counties { countyCode belowThreshold yes no } } }`, {
        year: YEAR,
      });
      expect(questionResults).toHaveLength(1);
      const [result] = questionResults;
      // Published snapshots: Dane's two ballots; the counties with one ballot show no counts, and count for nothing statewide.
      expect(result).toMatchObject({ yes: 2, no: 0, live: true, exact: false, countiesInFavour: 1 });
      expect(result?.counties.sort((a, b) => a.countyCode.localeCompare(b.countyCode))).toEqual([
        { countyCode: '55001', belowThreshold: true, yes: null, no: null },
        { countyCode: '55003', belowThreshold: true, yes: null, no: null },
        { countyCode: '55025', belowThreshold: false, yes: 2, no: 0 },
      ]);
      for (const receipt of receipts) {
        const { verifyReceipt } = await must<{ verifyReceipt: { counted: boolean } }>(
          `query ($year: Int!, $receipt: String!) { verifyReceipt(year: $year, receipt: $receipt) { counted } }`,
          { year: YEAR, receipt },
        );
        expect(verifyReceipt.counted).toBe(true);
      }

      // The closing time passes while Redis is down: the job cannot close voting, the stored time does.
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, closesAt.getTime() - Date.now()) + 500));
      const late = await gql(CAST, { input: { year: YEAR, channel: 'ONLINE', answers: [{ questionId, choice: 'yes' }] } }, { token: latecomer });
      expect(codeOf(late.body)).toBe(ErrorCode.VOTING_CLOSED);
    } finally {
      await startRedis();
    }
  });
});
