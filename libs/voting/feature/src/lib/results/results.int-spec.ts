import { randomUUID } from 'node:crypto';
import { ErrorCode, type CountyResolutionResultPayload, type QuestionResultPayload } from '@civic/contracts';
import { codeOf, succeedingClient } from '@civic/testing';
import { envelope, paperBallotsHandedOut, startVotingTestApp, type VotingTestApp } from '../../testing/voting-test-app';

/**
 * Paper totals and certification against the harness's PostgreSQL: two staff members per
 * county's totals, county votes on citizen resolutions and statewide questions certified
 * into results and outbox events. Year 2075 and counties 99701–99703 are this file's own;
 * its tests run in order.
 */
const YEAR = 2075;
const HOME = '99701';
const NEIGHBOUR = '99702';
const THIRD = '99703';

let testApp: VotingTestApp;
let ok: ReturnType<typeof succeedingClient>;
const staffA = randomUUID();
const staffB = randomUUID();
let tokenA: string;
let tokenB: string;

const localResolution = randomUUID();
const advisoryResolution = randomUUID();
let localQuestion: string;
let advisoryQuestion: string;
let agencyQuestion: string;

const Q = {
  questions: `query ($year: Int!) { questionnaire(year: $year) { questions { id source countyCode resolutionId } } }`,
  add: `mutation ($input: AddQuestionnaireQuestionInput!) { addQuestionnaireQuestion(input: $input) { id } }`,
  open: `mutation ($year: Int!) { openQuestionnaire(year: $year) { status } }`,
  close: `mutation ($year: Int!) { closeQuestionnaire(year: $year) { status } }`,
  certifyAll: `mutation ($year: Int!) { certifyQuestionnaire(year: $year) { status } }`,
  enter: `mutation ($input: EnterQuestionnairePaperTotalsInput!) { enterQuestionnairePaperTotals(input: $input) {
    year countyCode county { code } totals { question { id } yes no abstain counts { choice count } enteredBy confirmedBy confirmedAt } } }`,
  confirm: `mutation ($input: ConfirmQuestionnairePaperTotalsInput!) { confirmQuestionnairePaperTotals(input: $input) {
    countyCode totals { question { id } yes no abstain enteredBy confirmedBy } } }`,
  read: `query ($year: Int!, $county: String!) { questionnairePaperTotals(year: $year, countyCode: $county) { totals { question { id } yes no abstain confirmedBy } } }`,
  certifyCounty: `mutation ($input: CertifyCountyResolutionVoteInput!) { certifyCountyResolutionVote(input: $input) { ${resultFields()} } }`,
  certifyQuestion: `mutation ($input: CertifyQuestionResultInput!) { certifyQuestionResult(input: $input) { ${resultFields()} } }`,
  results: `query ($year: Int!) { questionResults(year: $year) { ${resultFields()} } }`,
  result: `query ($id: ID!) { questionResult(questionId: $id) { ${resultFields()} } }`,
};

function resultFields(): string {
  return `id question { id source countyCode } yes no abstain counts { choice count } countiesInFavour countiesCounted passed certifiedAt
    counties { countyCode county { code } yes no abstain inFavour byChannel { channel yes no abstain } }`;
}

interface Result {
  id: string;
  question: { id: string; source: string; countyCode: string | null };
  yes: number;
  no: number;
  abstain: number;
  counts: Array<{ choice: string; count: number }>;
  countiesInFavour: number;
  countiesCounted: number;
  passed: boolean | null;
  certifiedAt: string;
  counties: Array<{
    countyCode: string;
    yes: number;
    no: number;
    abstain: number;
    inFavour: boolean | null;
    byChannel: Array<{ channel: string; yes: number }>;
  }>;
}

const line = (questionId: string, yes: number, no: number, abstain: number) => ({ questionId, yes, no, abstain });
const enter = (countyCode: string, totals: unknown[], token: string) => testApp.gql(Q.enter, { input: { year: YEAR, countyCode, totals } }, { token });
/** Confirms a county's totals, its meeting having handed out paper ballots enough (issuing has its own spec). */
const confirm = async (countyCode: string, token: string) => {
  await paperBallotsHandedOut(testApp, YEAR, countyCode, 100);
  return testApp.gql(Q.confirm, { input: { year: YEAR, countyCode } }, { token });
};

async function outbox<T>(name: string, key: string, value: string): Promise<T[]> {
  const rows = (await testApp.dataSource.query(`SELECT payload FROM voting.outbox_event WHERE name = $1 AND payload->>'${key}' = $2 ORDER BY position`, [
    name,
    value,
  ])) as Array<{
    payload: T;
  }>;
  return rows.map((row) => row.payload);
}

/** What paper totals and certification write, to show that a refusal changed nothing. */
async function footprint() {
  const [row] = (await testApp.dataSource.query(
    `SELECT
       (SELECT count(*)::int FROM voting.paper_totals p JOIN voting.questionnaire q ON q.id = p.questionnaire_id WHERE q.year = $1) AS paper,
       (SELECT count(*)::int FROM voting.paper_totals p JOIN voting.questionnaire q ON q.id = p.questionnaire_id WHERE q.year = $1 AND p.confirmed_at IS NOT NULL) AS confirmed,
       (SELECT coalesce(sum((p.counts->>'yes')::int), 0)::int FROM voting.paper_totals p JOIN voting.questionnaire q ON q.id = p.questionnaire_id WHERE q.year = $1) AS yes,
       (SELECT count(*)::int FROM voting.question_result r JOIN voting.questionnaire_question qq ON qq.id = r.question_id JOIN voting.questionnaire q ON q.id = qq.questionnaire_id WHERE q.year = $1) AS results,
       (SELECT count(*)::int FROM voting.outbox_event WHERE name LIKE 'voting.%' AND (payload->>'year')::int = $1) AS events`,
    [YEAR],
  )) as Array<Record<string, number>>;
  return row;
}

beforeAll(async () => {
  testApp = await startVotingTestApp();
  ok = succeedingClient(testApp.gql);
  tokenA = await testApp.issuer.sign({ accountId: staffA, roles: ['staff'] });
  tokenB = await testApp.issuer.sign({ accountId: staffB, roles: ['admin'] });

  await testApp.deliver(
    envelope('resolutions.introduced', {
      resolutionId: localResolution,
      number: `${YEAR}-001`,
      title: 'Ban lead tackle',
      text: 'Ban lead tackle under one ounce.',
      kind: 'advisory',
      countyCode: HOME,
      year: YEAR,
    }),
  );
  await testApp.deliver(
    envelope('resolutions.question-approved', {
      resolutionId: advisoryResolution,
      number: `${YEAR - 1}-007`,
      questionText: 'Do you support restoring sturgeon habitat?',
      background: 'From a citizen resolution.',
      questionnaireYear: YEAR,
      route: 'pipeline',
    }),
  );
  await ok(Q.add, { input: { year: YEAR, source: 'AGENCY', text: 'Should the walleye bag limit be three?' } }, tokenA);
  const { questionnaire } = await ok<{ questionnaire: { questions: Array<{ id: string; source: string }> } }>(Q.questions, { year: YEAR });
  const bySource = (source: string) => questionnaire.questions.find((q) => q.source === source)?.id ?? '';
  [localQuestion, advisoryQuestion, agencyQuestion] = [bySource('COUNTY_RESOLUTION'), bySource('ADVISORY'), bySource('AGENCY')];
});

afterAll(async () => {
  await testApp?.close();
});

describe('paper totals', () => {
  it('are refused while the questionnaire is a draft', async () => {
    const before = await footprint();
    const draft = await enter(HOME, [line(localQuestion, 1, 0, 0)], tokenA);
    expect(codeOf(draft)).toBe(ErrorCode.CONFLICT);
    expect(draft.errors?.[0]?.extensions?.['status']).toBe('draft');
    expect(await footprint()).toEqual(before);
    await ok(Q.open, { year: YEAR }, tokenA);
  });

  it('are entered by one staff member and wait, unconfirmed', async () => {
    const entered = await ok<{ enterQuestionnairePaperTotals: { countyCode: string; county: { code: string }; totals: Array<Record<string, unknown>> } }>(
      Q.enter,
      { input: { year: YEAR, countyCode: HOME, totals: [line(advisoryQuestion, 10, 4, 1), line(localQuestion, 5, 5, 0)] } },
      tokenA,
    );
    expect(entered.enterQuestionnairePaperTotals).toMatchObject({ countyCode: HOME, county: { code: HOME } });
    // In questionnaire order (the county resolution came first), not in the order typed.
    expect(entered.enterQuestionnairePaperTotals.totals).toEqual([
      expect.objectContaining({ question: { id: localQuestion }, yes: 5, no: 5, abstain: 0, enteredBy: staffA, confirmedBy: null }),
      expect.objectContaining({
        question: { id: advisoryQuestion },
        yes: 10,
        no: 4,
        abstain: 1,
        counts: [
          { choice: 'yes', count: 10 },
          { choice: 'no', count: 4 },
          { choice: 'abstain', count: 1 },
        ],
      }),
    ]);
  });

  it('entered again before confirmation replace what was there, by whoever entered them last', async () => {
    await ok(Q.enter, { input: { year: YEAR, countyCode: HOME, totals: [line(localQuestion, 40, 12, 1)] } }, tokenB);
    const { questionnairePaperTotals } = await ok<{
      questionnairePaperTotals: { totals: Array<{ question: { id: string }; yes: number; confirmedBy: string | null }> };
    }>(Q.read, { year: YEAR, county: HOME }, tokenA);
    expect(questionnairePaperTotals.totals.map((t) => [t.question.id, t.yes])).toEqual([
      [localQuestion, 40],
      [advisoryQuestion, 10],
    ]);
    const [row] = (await testApp.dataSource.query(`SELECT entered_by FROM voting.paper_totals WHERE question_id = $1 AND county_code = $2`, [
      localQuestion,
      HOME,
    ])) as Array<{
      entered_by: string;
    }>;
    expect(row?.entered_by).toBe(staffB);
  });

  it('need a second staff member: whoever entered any waiting total may not confirm (nothing is confirmed)', async () => {
    const before = await footprint();
    for (const token of [tokenA, tokenB]) {
      const same = await confirm(HOME, token);
      expect(codeOf(same)).toBe(ErrorCode.SECOND_CONFIRMER_REQUIRED);
    }
    expect(await footprint()).toEqual(before);

    // A entered the advisory line and B the county's own: a third staff member confirms both.
    const third = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['staff'] });
    await paperBallotsHandedOut(testApp, YEAR, HOME, 100);
    const confirmed = await ok<{ confirmQuestionnairePaperTotals: { totals: Array<{ confirmedBy: string | null }> } }>(
      Q.confirm,
      { input: { year: YEAR, countyCode: HOME } },
      third,
    );
    expect(confirmed.confirmQuestionnairePaperTotals.totals.every((t) => t.confirmedBy !== null)).toBe(true);
  });

  it('once confirmed are final: entering or confirming them again is a CONFLICT', async () => {
    const before = await footprint();
    const reentry = await enter(HOME, [line(localQuestion, 99, 0, 0)], tokenA);
    expect(codeOf(reentry)).toBe(ErrorCode.CONFLICT);
    expect(reentry.errors?.[0]?.extensions?.['reason']).toBe('confirmed');
    expect(codeOf(await confirm(HOME, tokenB))).toBe(ErrorCode.CONFLICT);
    expect(await footprint()).toEqual(before);
  });

  it('refuse bad input with the field named, and change nothing', async () => {
    const before = await footprint();
    const cases: Array<[string, unknown[], string]> = [
      [NEIGHBOUR, [line(localQuestion, 1, 0, 0)], 'totals.0.questionId'], // a county-local question from another county
      [NEIGHBOUR, [line(randomUUID(), 1, 0, 0)], 'totals.0.questionId'],
      [NEIGHBOUR, [line('not-an-id', 1, 0, 0)], 'totals.0.questionId'],
      [NEIGHBOUR, [line(advisoryQuestion, -1, 0, 0)], 'totals.0.yes'],
      [NEIGHBOUR, [{ questionId: advisoryQuestion, yes: 1, no: 1 }], 'totals.0'],
      [NEIGHBOUR, [line(advisoryQuestion, 1, 0, 0), line(advisoryQuestion, 1, 0, 0)], 'totals.1.questionId'],
      [NEIGHBOUR, [], 'totals'],
      ['no county', [line(advisoryQuestion, 1, 0, 0)], 'countyCode'],
    ];
    for (const [county, totals, field] of cases) {
      const result = await enter(county, totals, tokenA);
      expect(codeOf(result)).toBe(ErrorCode.BAD_USER_INPUT);
      expect(result.errors?.[0]?.extensions?.['field']).toBe(field);
    }
    expect(codeOf(await confirm(NEIGHBOUR, tokenB))).toBe(ErrorCode.NOT_FOUND);
    expect(
      codeOf(await testApp.gql(Q.enter, { input: { year: YEAR + 24, countyCode: HOME, totals: [line(advisoryQuestion, 1, 0, 0)] } }, { token: tokenA })),
    ).toBe(ErrorCode.NOT_FOUND);
    expect(await footprint()).toEqual(before);
  });

  it('are staff business', async () => {
    const resident = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['resident'] });
    expect(codeOf(await enter(NEIGHBOUR, [line(advisoryQuestion, 1, 0, 0)], resident))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(await confirm(HOME, resident))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(await testApp.gql(Q.read, { year: YEAR, county: HOME }, { token: resident }))).toBe(ErrorCode.FORBIDDEN);
  });
});

describe('certifying a county vote on a citizen resolution', () => {
  it('waits until voting has closed', async () => {
    const before = await footprint();
    const open = await testApp.gql(Q.certifyCounty, { input: { questionId: localQuestion } }, { token: tokenA });
    expect(codeOf(open)).toBe(ErrorCode.CONFLICT);
    expect(open.errors?.[0]?.extensions?.['status']).toBe('open');
    expect(await footprint()).toEqual(before);
  });

  it('refuses while paper totals wait for confirmation, a statewide question, and an unknown one', async () => {
    // Statewide totals from two more counties; the third waits unconfirmed.
    expect(codeOf(await enter(NEIGHBOUR, [line(advisoryQuestion, 3, 8, 0), line(agencyQuestion, 2, 1, 0)], tokenA))).toBeUndefined();
    expect(codeOf(await confirm(NEIGHBOUR, tokenB))).toBeUndefined();
    expect(codeOf(await enter(THIRD, [line(advisoryQuestion, 6, 6, 2)], tokenA))).toBeUndefined();
    await ok(Q.close, { year: YEAR }, tokenA);

    const before = await footprint();
    const statewide = await testApp.gql(Q.certifyCounty, { input: { questionId: advisoryQuestion } }, { token: tokenA });
    expect(codeOf(statewide)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(codeOf(await testApp.gql(Q.certifyCounty, { input: { questionId: randomUUID() } }, { token: tokenA }))).toBe(ErrorCode.NOT_FOUND);
    expect(codeOf(await testApp.gql(Q.certifyQuestion, { input: { questionId: localQuestion } }, { token: tokenA }))).toBe(ErrorCode.BAD_USER_INPUT);
    const waiting = await testApp.gql(Q.certifyQuestion, { input: { questionId: advisoryQuestion } }, { token: tokenA });
    expect(codeOf(waiting)).toBe(ErrorCode.CONFLICT);
    expect(waiting.errors?.[0]?.extensions).toMatchObject({ reason: 'unconfirmed-paper-totals', countyCodes: [THIRD] });
    expect(await footprint()).toEqual(before);
  });

  it("counts the county's confirmed totals, stores the result and its county row, and appends the event in the same transaction", async () => {
    const { certifyCountyResolutionVote: result } = await ok<{ certifyCountyResolutionVote: Result }>(
      Q.certifyCounty,
      { input: { questionId: localQuestion } },
      tokenA,
    );
    expect(result).toMatchObject({
      question: { id: localQuestion, countyCode: HOME },
      yes: 40,
      no: 12,
      abstain: 1,
      passed: true,
      countiesInFavour: 1,
      countiesCounted: 1,
    });
    expect(result.counties).toEqual([
      { countyCode: HOME, county: { code: HOME }, yes: 40, no: 12, abstain: 1, inFavour: true, byChannel: [{ channel: 'PAPER', yes: 40, no: 12, abstain: 1 }] },
    ]);

    const events = await outbox<CountyResolutionResultPayload>('voting.county-resolution-result', 'resolutionId', localResolution);
    expect(events).toEqual([
      {
        resultId: result.id,
        resolutionId: localResolution,
        countyCode: HOME,
        year: YEAR,
        yes: 40,
        no: 12,
        abstain: 1,
        passed: true,
        certifiedAt: result.certifiedAt,
      },
    ]);
    const [row] = (await testApp.dataSource.query(`SELECT count(*)::int AS n FROM voting.county_result WHERE result_id = $1`, [result.id])) as Array<{
      n: number;
    }>;
    expect(row?.n).toBe(1);
  });

  it('happens once: a second certification, even a concurrent pair, gets CONFLICT and writes nothing', async () => {
    const before = await footprint();
    expect(codeOf(await testApp.gql(Q.certifyCounty, { input: { questionId: localQuestion } }, { token: tokenB }))).toBe(ErrorCode.CONFLICT);
    expect(await footprint()).toEqual(before);

    // Two certifications of the agency question at once: the questionnaire lock lets one through.
    const both = await Promise.all(
      [tokenA, tokenB].map((token) => testApp.gql<{ certifyQuestionResult: Result }>(Q.certifyQuestion, { input: { questionId: agencyQuestion } }, { token })),
    );
    expect(both.map(codeOf).sort()).toEqual([ErrorCode.CONFLICT, undefined]);
    const winner = both.find((result) => !result.errors)?.data?.certifyQuestionResult;
    // The agency's question is certified without an event: it came from no resolution.
    expect(winner).toMatchObject({ yes: 2, no: 1, passed: true, countiesCounted: 1, countiesInFavour: 1 });
    expect(await outbox('voting.question-result', 'questionId', agencyQuestion)).toEqual([]);
  });
});

describe('certifying a statewide question', () => {
  it('sums county by county, counts the counties in favour, stores the breakdown and appends the event', async () => {
    expect(codeOf(await confirm(THIRD, tokenB))).toBeUndefined();
    const { certifyQuestionResult: result } = await ok<{ certifyQuestionResult: Result }>(
      Q.certifyQuestion,
      { input: { questionId: advisoryQuestion } },
      tokenB,
    );
    expect(result).toMatchObject({ yes: 19, no: 18, abstain: 3, countiesInFavour: 1, countiesCounted: 3, passed: true });
    expect(result.counties.map((county) => [county.countyCode, county.yes, county.no, county.inFavour])).toEqual([
      [HOME, 10, 4, true],
      [NEIGHBOUR, 3, 8, false],
      [THIRD, 6, 6, false],
    ]);
    expect(await outbox<QuestionResultPayload>('voting.question-result', 'questionId', advisoryQuestion)).toEqual([
      {
        resultId: result.id,
        questionId: advisoryQuestion,
        resolutionId: advisoryResolution,
        year: YEAR,
        yes: 19,
        no: 18,
        abstain: 3,
        countiesInFavour: 1,
        countiesCounted: 3,
        passed: true,
        certifiedAt: result.certifiedAt,
      },
    ]);
  });

  it('freezes the totals of certified questions', async () => {
    const before = await footprint();
    const late = await enter('99704', [line(advisoryQuestion, 100, 0, 0)], tokenA);
    expect(codeOf(late)).toBe(ErrorCode.CONFLICT);
    expect(late.errors?.[0]?.extensions?.['reason']).toBe('certified');
    expect(await footprint()).toEqual(before);
  });

  it('publishes the results, and certifies the questionnaire once every question has one', async () => {
    const { questionResults } = await ok<{ questionResults: Result[] }>(Q.results, { year: YEAR });
    expect(questionResults.map((result) => result.question.id)).toEqual([localQuestion, advisoryQuestion, agencyQuestion]);
    const { questionResult } = await ok<{ questionResult: Result }>(Q.result, { id: advisoryQuestion });
    expect(questionResult).toEqual(questionResults[1]);
    expect((await ok<{ questionResults: Result[] }>(Q.results, { year: YEAR + 24 })).questionResults).toEqual([]);

    expect((await ok<{ certifyQuestionnaire: { status: string } }>(Q.certifyAll, { year: YEAR }, tokenA)).certifyQuestionnaire.status).toBe('CERTIFIED');
    expect(codeOf(await enter(NEIGHBOUR, [line(advisoryQuestion, 1, 0, 0)], tokenA))).toBe(ErrorCode.CONFLICT);
  });
});
