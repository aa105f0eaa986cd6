import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@civic/contracts';
import { codeOf, succeedingClient } from '@civic/testing';
import { envelope, paperBallotsHandedOut, residentOf, startVotingTestApp, type VotingTestApp } from '../../testing/voting-test-app';
import { OPEN_RESULTS_MAX_AGE_MS } from './result-reader.service';

/**
 * Results that cannot isolate a ballot (issue 12, item 2), against the harness's PostgreSQL:
 * while voting is open, a county's public figures (and the district and statewide sums, the
 * open data) move only once k more ballots arrived there; one ballot at a quiet moment moves
 * nothing, however long it is polled; counties below k show no counts; once voting closed,
 * every figure is exact. Years 2069 (k = 3) and 2068 (the default) and counties 99761, 99762
 * (district 99760), 99771, 99772 (district 99770) are this file's own; its tests run in order.
 */
const YEAR = 2069;
const DEFAULT_YEAR = 2068;
const K = 3;
const A = '99761';
const B = '99762';
const PAPER_FEW = '99771';
const PAPER_MANY = '99772';

let testApp: VotingTestApp;
let ok: ReturnType<typeof succeedingClient>;
let staffA: string;
let staffB: string;
let first: string;
let second: string;
let local: string;
const localResolution = randomUUID();

const Q = {
  add: `mutation ($input: AddQuestionnaireQuestionInput!) { addQuestionnaireQuestion(input: $input) { id } }`,
  threshold: `mutation ($year: Int!, $threshold: Int!) { setResultsPublicationThreshold(year: $year, threshold: $threshold) { year status resultsPublicationThreshold } }`,
  questionnaire: `query ($year: Int!) { questionnaire(year: $year) { resultsPublicationThreshold questions { id source } } }`,
  open: `mutation ($year: Int!) { openQuestionnaire(year: $year) { status } }`,
  close: `mutation ($year: Int!) { closeQuestionnaire(year: $year) { status } }`,
  cast: `mutation ($input: CastBallotInput!) { castBallot(input: $input) { receipt } }`,
  enter: `mutation ($input: EnterQuestionnairePaperTotalsInput!) { enterQuestionnairePaperTotals(input: $input) { countyCode } }`,
  confirm: `mutation ($input: ConfirmQuestionnairePaperTotalsInput!) { confirmQuestionnairePaperTotals(input: $input) { countyCode } }`,
  results: `query ($year: Int!) { questionResults(year: $year) { ${resultFields()} } }`,
  result: `query ($id: ID!) { questionResult(questionId: $id) { ${resultFields()} } }`,
  rows: `query ($year: Int!) { questionnaireResultRows(year: $year) { questionId countyCode belowThreshold exact yes no abstain byChannel { channel yes } } }`,
  csv: `query ($year: Int!) { questionnaireResultsCsv(year: $year) }`,
};

function resultFields(): string {
  return `live exact publicationThreshold question { id } yes no abstain countiesInFavour countiesCounted passed
    counties { countyCode belowThreshold yes no abstain inFavour byChannel { channel yes no abstain } }
    districts { districtCode yes no abstain countiesInFavour countiesCounted }`;
}

interface County {
  countyCode: string;
  belowThreshold: boolean;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  inFavour: boolean | null;
  byChannel: Array<{ channel: string; yes: number; no: number; abstain: number }>;
}

interface Result {
  live: boolean;
  exact: boolean;
  publicationThreshold: number;
  question: { id: string };
  yes: number;
  no: number;
  abstain: number;
  countiesInFavour: number;
  countiesCounted: number;
  passed: boolean | null;
  counties: County[];
  districts: Array<{ districtCode: string; yes: number; no: number; abstain: number; countiesInFavour: number; countiesCounted: number }>;
}

const results = async () => (await ok<{ questionResults: Result[] }>(Q.results, { year: YEAR })).questionResults;
const byId = (read: Result[], id: string) => read.find((result) => result.question.id === id) as Result;
const countyOf = (read: Result, code: string) => read.counties.find((county) => county.countyCode === code);

/** Everything public that carries counts, in one snapshot of the API. */
async function everything() {
  const [all, one, rows, csv] = await Promise.all([
    results(),
    ok<{ questionResult: Result }>(Q.result, { id: first }),
    ok<{ questionnaireResultRows: unknown[] }>(Q.rows, { year: YEAR }),
    ok<{ questionnaireResultsCsv: string }>(Q.csv, { year: YEAR }),
  ]);
  return { all, one: one.questionResult, rows: rows.questionnaireResultRows, csv: csv.questionnaireResultsCsv };
}

async function vote(countyCode: string, firstChoice: string, localChoice?: string): Promise<void> {
  const { token } = await residentOf(testApp, countyCode);
  const answers = [{ questionId: first, choice: firstChoice }];
  if (localChoice) answers.push({ questionId: local, choice: localChoice });
  await ok(Q.cast, { input: { year: YEAR, channel: 'ONLINE', answers } }, token);
}

/** Reads until the check passes (a snapshot shows within about a second), failing after 10 s. */
async function until(check: (read: Result[]) => boolean): Promise<Result[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const read = await results();
    if (check(read)) return read;
    if (Date.now() > deadline) throw new Error(`results never showed what was expected: ${JSON.stringify(read)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The statewide and district figures are the sums of the counties shown. */
function expectSums(result: Result): void {
  const shown = result.counties.filter((county) => !county.belowThreshold);
  const sum = (pick: (county: County) => number | null) => shown.reduce((total, county) => total + (pick(county) ?? 0), 0);
  expect([result.yes, result.no, result.abstain]).toEqual([sum((c) => c.yes), sum((c) => c.no), sum((c) => c.abstain)]);
  expect(result.countiesCounted).toBe(shown.length);
  expect(result.countiesInFavour).toBe(shown.filter((county) => county.inFavour === true).length);
  const districtOf: Record<string, string> = { [A]: '99760', [B]: '99760', [PAPER_FEW]: '99770', [PAPER_MANY]: '99770' };
  for (const district of result.districts) {
    const inDistrict = shown.filter((county) => districtOf[county.countyCode] === district.districtCode);
    expect(district.yes).toBe(inDistrict.reduce((total, county) => total + (county.yes ?? 0), 0));
    expect(district.countiesCounted).toBe(inDistrict.length);
  }
}

beforeAll(async () => {
  testApp = await startVotingTestApp();
  ok = succeedingClient(testApp.gql);
  staffA = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['staff'] });
  staffB = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['admin'] });
  await testApp.dataSource.query(
    `INSERT INTO voting.jurisdiction (code, name, tier_level, parent_code, removed, changed_at) VALUES
       ($1, 'Publication A', 3, '99760', false, '2020-01-01'), ($2, 'Publication B', 3, '99760', false, '2020-01-01'),
       ($3, 'Publication C', 3, '99770', false, '2020-01-01'), ($4, 'Publication D', 3, '99770', false, '2020-01-01')
     ON CONFLICT (code) DO NOTHING`,
    [A, B, PAPER_FEW, PAPER_MANY],
  );
});

afterAll(async () => {
  await testApp?.close();
});

describe('the publication threshold', () => {
  it('is 10 unless staff set it, from 2 to 1,000, while the questionnaire is a draft', async () => {
    await ok(Q.add, { input: { year: DEFAULT_YEAR, source: 'AGENCY', text: 'A question of the default year?' } }, staffA);
    const { questionnaire } = await ok<{ questionnaire: { resultsPublicationThreshold: number } }>(Q.questionnaire, { year: DEFAULT_YEAR });
    expect(questionnaire.resultsPublicationThreshold).toBe(10);

    const resident = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['resident'] });
    expect(codeOf(await testApp.gql(Q.threshold, { year: YEAR, threshold: K }, { token: resident }))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(await testApp.gql(Q.threshold, { year: YEAR, threshold: K }))).toBe(ErrorCode.UNAUTHENTICATED);
    for (const threshold of [1, 0, 1_001]) {
      const refused = await testApp.gql(Q.threshold, { year: YEAR, threshold }, { token: staffA });
      expect(codeOf(refused)).toBe(ErrorCode.BAD_USER_INPUT);
      expect(refused.errors?.[0]?.extensions?.['field']).toBe('threshold');
    }
    // Made in draft when there is none yet.
    const { setResultsPublicationThreshold } = await ok<{ setResultsPublicationThreshold: unknown }>(Q.threshold, { year: YEAR, threshold: K }, staffA);
    expect(setResultsPublicationThreshold).toEqual({ year: YEAR, status: 'DRAFT', resultsPublicationThreshold: K });
  });

  it('cannot change once voting opened', async () => {
    await testApp.deliver(
      envelope('resolutions.introduced', {
        resolutionId: localResolution,
        number: `${YEAR}-001`,
        title: 'A county resolution',
        text: 'Only county A votes on it.',
        kind: 'advisory',
        countyCode: A,
        year: YEAR,
      }),
    );
    for (const text of ['Should the first question pass?', 'Should the second question pass?']) {
      await ok(Q.add, { input: { year: YEAR, source: 'AGENCY', text } }, staffA);
    }
    const { questionnaire } = await ok<{ questionnaire: { questions: Array<{ id: string; source: string }> } }>(Q.questionnaire, { year: YEAR });
    local = questionnaire.questions.find((question) => question.source === 'COUNTY_RESOLUTION')?.id ?? '';
    [first, second] = questionnaire.questions.filter((question) => question.source === 'AGENCY').map((question) => question.id) as [string, string];
    await ok(Q.open, { year: YEAR }, staffA);
    const late = await testApp.gql(Q.threshold, { year: YEAR, threshold: 2 }, { token: staffA });
    expect(codeOf(late)).toBe(ErrorCode.CONFLICT);
    expect(late.errors?.[0]?.extensions).toMatchObject({ year: YEAR, status: 'open' });
  });
});

describe('results while voting is open', () => {
  it('show a county below k as "fewer than k", without counts, and leave it out of every sum', async () => {
    await vote(A, 'yes', 'yes');
    await vote(A, 'yes', 'no');
    await vote(B, 'no');
    // Polled past the cache's age: nothing is published, whatever the live tally holds.
    await new Promise((resolve) => setTimeout(resolve, OPEN_RESULTS_MAX_AGE_MS + 200));
    const read = await results();
    const result = byId(read, first);
    expect(result).toMatchObject({ live: true, exact: false, publicationThreshold: K, yes: 0, no: 0, countiesCounted: 0, countiesInFavour: 0, districts: [] });
    expect(result.counties).toEqual([
      { countyCode: A, belowThreshold: true, yes: null, no: null, abstain: null, inFavour: null, byChannel: [] },
      { countyCode: B, belowThreshold: true, yes: null, no: null, abstain: null, inFavour: null, byChannel: [] },
    ]);
    // The county's own question: nothing counted, no decision.
    expect(byId(read, local)).toMatchObject({ yes: 0, no: 0, countiesCounted: 0, passed: null });
    expect(byId(read, local).counties).toEqual([expect.objectContaining({ countyCode: A, belowThreshold: true, yes: null })]);

    const { rows, csv } = await everything();
    expect(rows).toContainEqual({ questionId: first, countyCode: A, belowThreshold: true, exact: false, yes: null, no: null, abstain: null, byChannel: [] });
    expect(csv).toContain(`${YEAR},2,${first},${A},yes,,,,,below-threshold\r\n`);
  });

  it('publish a county once k ballots arrived there, with the statewide and district figures as sums of the published counties', async () => {
    await vote(A, 'no', 'yes');
    const read = await until((now) => countyOf(byId(now, first), A)?.belowThreshold === false);
    const result = byId(read, first);
    expect(countyOf(result, A)).toEqual({
      countyCode: A,
      belowThreshold: false,
      yes: 2,
      no: 1,
      abstain: 0,
      inFavour: true,
      byChannel: [{ channel: 'ONLINE', yes: 2, no: 1, abstain: 0 }],
    });
    expect(countyOf(result, B)?.belowThreshold).toBe(true);
    expect(result).toMatchObject({ yes: 2, no: 1, countiesCounted: 1, countiesInFavour: 1, passed: true });
    expect(result.districts).toEqual([{ districtCode: '99760', yes: 2, no: 1, abstain: 0, countiesInFavour: 1, countiesCounted: 1 }]);
    expectSums(result);
    expect(byId(read, local)).toMatchObject({ yes: 2, no: 1, countiesCounted: 1, passed: true });
  });

  it('do not move when one ballot arrives at a quiet moment, however long they are polled: not the county, the district, the state or the open data', async () => {
    // Every scope's cache past its age first, so that all of them show the latest snapshot.
    await new Promise((resolve) => setTimeout(resolve, OPEN_RESULTS_MAX_AGE_MS + 200));
    const before = await everything();
    expect(countyOf(before.one, A)).toMatchObject({ yes: 2, no: 1 });
    await vote(A, 'no', 'no');
    const until = Date.now() + 3 * OPEN_RESULTS_MAX_AGE_MS;
    let reads = 0;
    while (Date.now() < until) {
      expect(await everything()).toEqual(before);
      reads += 1;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(reads).toBeGreaterThan(5);
    // The live tally did take it: only the public figures wait.
    const [row] = (await testApp.dataSource.query(
      `SELECT sum(t.count)::int AS n FROM voting.ballot_tally t JOIN voting.questionnaire q ON q.id = t.questionnaire_id
        WHERE q.year = $1 AND t.question_id = $2 AND t.county_code = $3`,
      [YEAR, first, A],
    )) as Array<{ n: number }>;
    expect(row?.n).toBe(4);
  });

  it('move k ballots later, by all of them at once', async () => {
    await vote(A, 'yes');
    const unmoved = byId(await results(), first);
    expect(countyOf(unmoved, A)).toMatchObject({ yes: 2, no: 1 });
    await vote(A, 'abstain');
    const read = await until((now) => countyOf(byId(now, first), A)?.abstain === 1);
    const result = byId(read, first);
    // Three new ballots since the snapshot (no, yes, abstain) show together.
    expect(countyOf(result, A)).toMatchObject({ yes: 3, no: 2, abstain: 1, inFavour: true });
    expect(result).toMatchObject({ yes: 3, no: 2, abstain: 1, countiesCounted: 1 });
    expectSums(result);
    // The second question, which nobody answered: no count for A, and B still below k.
    expect(byId(read, second).counties.map((county) => [county.countyCode, county.belowThreshold])).toEqual([[B, true]]);
  });

  it('publish paper only from k ballots in the county, at once and whole', async () => {
    const paper = (countyCode: string, yes: number, no: number) => ({ year: YEAR, countyCode, totals: [{ questionId: first, yes, no, abstain: 0 }] });
    // Each meeting handed out as many papers as were marked.
    await paperBallotsHandedOut(testApp, YEAR, PAPER_FEW, 2);
    await paperBallotsHandedOut(testApp, YEAR, PAPER_MANY, 5);
    await ok(Q.enter, { input: paper(PAPER_FEW, 1, 1) }, staffA);
    await ok(Q.confirm, { input: { year: YEAR, countyCode: PAPER_FEW } }, staffB);
    await ok(Q.enter, { input: paper(PAPER_MANY, 4, 1) }, staffA);
    await ok(Q.confirm, { input: { year: YEAR, countyCode: PAPER_MANY } }, staffB);
    const result = byId(await results(), first);
    expect(countyOf(result, PAPER_FEW)).toMatchObject({ belowThreshold: true, yes: null });
    expect(countyOf(result, PAPER_MANY)).toMatchObject({ belowThreshold: false, yes: 4, no: 1, byChannel: [{ channel: 'PAPER', yes: 4, no: 1, abstain: 0 }] });
    expect(result).toMatchObject({ yes: 7, no: 3, countiesCounted: 2 });
    expect(result.districts.map((district) => [district.districtCode, district.yes, district.countiesCounted])).toEqual([
      ['99760', 3, 1],
      ['99770', 4, 1],
    ]);
    expectSums(result);
  });
});

describe('results once voting closed', () => {
  it('are exact for every county, channel, district and the state', async () => {
    await ok(Q.close, { year: YEAR }, staffA);
    const read = await results();
    const result = byId(read, first);
    expect(result).toMatchObject({ live: true, exact: true, publicationThreshold: K });
    expect(result.counties.map((county) => [county.countyCode, county.belowThreshold, county.yes, county.no, county.abstain])).toEqual([
      [A, false, 3, 2, 1],
      [B, false, 0, 1, 0],
      [PAPER_FEW, false, 1, 1, 0],
      [PAPER_MANY, false, 4, 1, 0],
    ]);
    expect(result).toMatchObject({ yes: 8, no: 5, abstain: 1, countiesCounted: 4, countiesInFavour: 2 });
    expectSums(result);
    expect(byId(read, local)).toMatchObject({ yes: 2, no: 2, countiesCounted: 1, passed: false });
    const { rows, csv } = await everything();
    expect(rows).toContainEqual({
      questionId: first,
      countyCode: B,
      belowThreshold: false,
      exact: true,
      yes: 0,
      no: 1,
      abstain: 0,
      byChannel: [{ channel: 'ONLINE', yes: 0 }],
    });
    expect(csv).not.toContain('below-threshold');
  });
});
