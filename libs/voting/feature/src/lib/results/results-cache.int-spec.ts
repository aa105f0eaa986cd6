import { randomUUID } from 'node:crypto';
import { succeedingClient } from '@civic/testing';
import { QuestionnaireRepository, type ResultsVersion } from '@civic/voting-data-access';
import { envelope, paperBallotsHandedOut, startVotingTestApp, type VotingTestApp } from '../../testing/voting-test-app';
import { PublishedResults } from '../tallies';
import { OPEN_RESULTS_MAX_AGE_MS } from './result-reader.service';

/**
 * Cached results against the harness's PostgreSQL: a published snapshot shows within two
 * seconds while voting is open, computed once for concurrent readers, never one
 * questionnaire's or question's results for another's, and, once voting closed, kept until
 * something changes them. Both years publish from K = 2 ballots in a county (what one
 * ballot alone does is results-publication.int-spec's).
 * Years 2098 (open) and 2089 (closed) and counties 98911, 98912 (district 98910) and 98921
 * (district 98920) are this file's own; its tests run in order.
 */
const OPEN_YEAR = 2098;
const CLOSED_YEAR = 2089;
const A = '98911';
const B = '98912';
const C = '98921';
const K = 2;

let testApp: VotingTestApp;
let ok: ReturnType<typeof succeedingClient>;
let staffA: string;
let staffB: string;
const questionIds = new Map<number, string[]>();

/** The versions the reader was told, in order, and how often it computed. */
let versionsSeen: Array<string | null>;
let computations: jest.SpyInstance;

const Q = {
  add: `mutation ($input: AddQuestionnaireQuestionInput!) { addQuestionnaireQuestion(input: $input) { id } }`,
  threshold: `mutation ($year: Int!, $threshold: Int!) { setResultsPublicationThreshold(year: $year, threshold: $threshold) { resultsPublicationThreshold } }`,
  open: `mutation ($year: Int!) { openQuestionnaire(year: $year) { status } }`,
  close: `mutation ($year: Int!) { closeQuestionnaire(year: $year) { status } }`,
  cast: `mutation ($input: CastBallotInput!) { castBallot(input: $input) { receipt } }`,
  enter: `mutation ($input: EnterQuestionnairePaperTotalsInput!) { enterQuestionnairePaperTotals(input: $input) { countyCode } }`,
  confirm: `mutation ($input: ConfirmQuestionnairePaperTotalsInput!) { confirmQuestionnairePaperTotals(input: $input) { countyCode } }`,
  certify: `mutation ($input: CertifyQuestionResultInput!) { certifyQuestionResult(input: $input) { id } }`,
  results: `query ($year: Int!) { questionResults(year: $year) { ${resultFields()} } }`,
  result: `query ($id: ID!) { questionResult(questionId: $id) { ${resultFields()} } }`,
};

function resultFields(): string {
  return `id live question { id year } yes no abstain countiesCounted
    counties { countyCode yes no abstain byChannel { channel yes no abstain } } districts { districtCode yes countiesCounted }`;
}

interface Result {
  id: string | null;
  live: boolean;
  question: { id: string; year: number };
  yes: number;
  no: number;
  abstain: number;
  countiesCounted: number;
  counties: Array<{
    countyCode: string;
    yes: number;
    no: number;
    abstain: number;
    byChannel: Array<{ channel: string; yes: number; no: number; abstain: number }>;
  }>;
  districts: Array<{ districtCode: string; yes: number; countiesCounted: number }>;
}

const results = async (year: number) => (await ok<{ questionResults: Result[] }>(Q.results, { year })).questionResults;
const result = async (id: string) => (await ok<{ questionResult: Result | null }>(Q.result, { id })).questionResult;
const question = (year: number, index: number) => questionIds.get(year)?.[index] ?? '';
const county = (read: Result | undefined, code: string) => read?.counties.find((entry) => entry.countyCode === code);

/** A verified resident of the county, straight into the read model, with a token. */
async function resident(countyCode: string): Promise<string> {
  const id = randomUUID();
  await testApp.dataSource.query(
    `INSERT INTO voting.voter_eligibility (account_id, jurisdiction_code, status, method, verified_at, effective_at, last_event_id)
     VALUES ($1, $2, 'eligible', 'voter-roll', now(), now(), gen_random_uuid())`,
    [id, countyCode],
  );
  return testApp.issuer.sign({ accountId: id, roles: ['resident'] });
}

async function cast(year: number, countyCode: string, answers: Array<[number, string]>): Promise<void> {
  const input = { year, channel: 'ONLINE', answers: answers.map(([index, choice]) => ({ questionId: question(year, index), choice })) };
  await ok(Q.cast, { input }, await resident(countyCode));
}

/** Counting starts now: computations since, and the versions read since. */
function resetCounts(): void {
  versionsSeen = [];
  computations.mockClear();
}

/**
 * With no maximum age (a closed questionnaire) the reader computes once per version it has
 * not computed yet. Other spec files insert jurisdictions into the same database at any time
 * (they are part of the version), so the expectation follows the versions actually read.
 */
function newVersionsSince(cached: string): number {
  return new Set(versionsSeen.filter((version) => version !== cached)).size;
}

beforeAll(async () => {
  testApp = await startVotingTestApp();
  ok = succeedingClient(testApp.gql);
  staffA = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['staff'] });
  staffB = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['admin'] });
  await testApp.dataSource.query(
    `INSERT INTO voting.jurisdiction (code, name, tier_level, parent_code, removed, changed_at) VALUES
       ($1, 'Cache A', 3, '98910', false, '2020-01-01'), ($2, 'Cache B', 3, '98910', false, '2020-01-01'), ($3, 'Cache C', 3, '98920', false, '2020-01-01')
     ON CONFLICT (code) DO NOTHING`,
    [A, B, C],
  );
  for (const year of [OPEN_YEAR, CLOSED_YEAR]) {
    const ids: string[] = [];
    for (const text of [`First question of ${year}?`, `Second question of ${year}?`]) {
      ids.push(
        (await ok<{ addQuestionnaireQuestion: { id: string } }>(Q.add, { input: { year, source: 'AGENCY', text } }, staffA)).addQuestionnaireQuestion.id,
      );
    }
    questionIds.set(year, ids);
    await ok(Q.threshold, { year, threshold: K }, staffA);
  }

  const repository = testApp.app.get(QuestionnaireRepository);
  const resultsVersion = repository.resultsVersion.bind(repository);
  jest.spyOn(repository, 'resultsVersion').mockImplementation(async (...args: Parameters<typeof resultsVersion>): Promise<ResultsVersion | null> => {
    const version = await resultsVersion(...args);
    versionsSeen.push(version?.version ?? null);
    return version;
  });
  computations = jest.spyOn(testApp.app.get(PublishedResults), 'tallies');
  resetCounts();
});

afterAll(async () => {
  jest.restoreAllMocks();
  await testApp?.close();
});

describe('results while voting is open', () => {
  it('are empty while a draft and appear the moment the questionnaire opens', async () => {
    expect(await results(OPEN_YEAR)).toEqual([]);
    await ok(Q.open, { year: OPEN_YEAR }, staffA);
    expect((await results(OPEN_YEAR)).map((read) => [read.question.id, read.live, read.yes])).toEqual([
      [question(OPEN_YEAR, 0), true, 0],
      [question(OPEN_YEAR, 1), true, 0],
    ]);
  });

  it(`show a snapshot within 2 seconds of its k-th ballot (the cache keeps them at most ${OPEN_RESULTS_MAX_AGE_MS} ms) while read all along`, async () => {
    await cast(OPEN_YEAR, A, [
      [0, 'yes'],
      [1, 'no'],
    ]);
    await cast(OPEN_YEAR, A, [[0, 'yes']]);
    const reads: Array<{ at: number; yes: number }> = [];
    let reading = true;
    const reader = (async () => {
      while (reading) {
        const [first] = await results(OPEN_YEAR);
        reads.push({ at: Date.now(), yes: first?.yes ?? -1 });
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    try {
      /** The first read since then that showed this many yes (waiting up to 10 s for it). */
      const shown = async (yes: number, since: number) => {
        const deadline = Date.now() + 10_000;
        while (!reads.some((read) => read.at > since && read.yes === yes) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
        return reads.find((read) => read.at > since && read.yes === yes);
      };
      // The readers keep the cache warm; county A's snapshot shows before B's ballots are cast.
      expect(await shown(2, 0)).toBeDefined();
      await cast(OPEN_YEAR, B, [[0, 'yes']]);
      resetCounts();
      const readsBefore = reads.length;
      await cast(OPEN_YEAR, B, [[0, 'yes']]);
      const castAt = Date.now();
      const seen = await shown(4, castAt);
      expect(seen).toBeDefined();
      expect((seen?.at ?? Infinity) - castAt).toBeLessThan(2_000);
      // Served from the cache meanwhile: fewer counts than reads (one per refresh at most).
      expect(reads.length - readsBefore).toBeGreaterThan(1);
      expect(computations.mock.calls.length).toBeLessThan(reads.length - readsBefore);
    } finally {
      reading = false;
      await reader;
    }
  });

  it("never serves one questionnaire's results, or one question's, for another", async () => {
    await ok(Q.open, { year: CLOSED_YEAR }, staffA);
    for (let n = 0; n < K; n += 1) {
      await cast(CLOSED_YEAR, C, [
        [0, 'no'],
        [1, 'abstain'],
      ]);
    }
    // Read every scope in one go, so that all of them are cached side by side.
    const [open, other, openFirst, openSecond, otherFirst, otherSecond] = await Promise.all([
      results(OPEN_YEAR),
      results(CLOSED_YEAR),
      result(question(OPEN_YEAR, 0)),
      result(question(OPEN_YEAR, 1)),
      result(question(CLOSED_YEAR, 0)),
      result(question(CLOSED_YEAR, 1)),
    ]);
    expect(open.map((read) => [read.question.year, read.question.id])).toEqual([
      [OPEN_YEAR, question(OPEN_YEAR, 0)],
      [OPEN_YEAR, question(OPEN_YEAR, 1)],
    ]);
    expect(other.map((read) => [read.question.year, read.question.id])).toEqual([
      [CLOSED_YEAR, question(CLOSED_YEAR, 0)],
      [CLOSED_YEAR, question(CLOSED_YEAR, 1)],
    ]);
    expect(open.map((read) => [read.yes, read.no, read.abstain])).toEqual([
      [4, 0, 0],
      [0, 1, 0],
    ]);
    expect(other.map((read) => [read.yes, read.no, read.abstain])).toEqual([
      [0, 2, 0],
      [0, 0, 2],
    ]);
    expect([openFirst, openSecond, otherFirst, otherSecond]).toEqual([open[0], open[1], other[0], other[1]]);
    expect(await result(randomUUID())).toBeNull();
  });

  it("show a snapshot in each question's own result within 2 seconds, also one that other scopes took", async () => {
    const secondYes = (await result(question(OPEN_YEAR, 1)))?.yes ?? -1;
    await cast(OPEN_YEAR, A, [[1, 'yes']]);
    await cast(OPEN_YEAR, A, [[1, 'yes']]);
    const castAt = Date.now();
    // The year's scope takes the snapshot; the question's own scope shows it too.
    await results(OPEN_YEAR);
    let shownAt: number | undefined;
    while (shownAt === undefined && Date.now() - castAt < 10_000) {
      if ((await result(question(OPEN_YEAR, 1)))?.yes === secondYes + 2) shownAt = Date.now();
      else await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((shownAt ?? Infinity) - castAt).toBeLessThan(2_000);
  });
});

describe('results once voting closed', () => {
  let cached: string;

  it('are counted once for many concurrent readers, then kept while nothing changes', async () => {
    await ok(Q.close, { year: CLOSED_YEAR }, staffA);
    resetCounts();
    const reads = await Promise.all(Array.from({ length: 30 }, () => results(CLOSED_YEAR)));
    expect(new Set(reads.map((read) => JSON.stringify(read))).size).toBe(1);
    expect(computations).toHaveBeenCalledTimes(new Set(versionsSeen).size);
    cached = versionsSeen[versionsSeen.length - 1] ?? '';

    resetCounts();
    await new Promise((resolve) => setTimeout(resolve, OPEN_RESULTS_MAX_AGE_MS + 200));
    expect(await results(CLOSED_YEAR)).toEqual(reads[0]);
    expect(computations).toHaveBeenCalledTimes(newVersionsSince(cached));
  });

  it('show confirmed paper totals at once, and not those waiting for confirmation', async () => {
    const totals = [
      { questionId: question(CLOSED_YEAR, 0), yes: 7, no: 2, abstain: 1 },
      { questionId: question(CLOSED_YEAR, 1), yes: 3, no: 3, abstain: 0 },
    ];
    await ok(Q.enter, { input: { year: CLOSED_YEAR, countyCode: B, totals } }, staffA);
    const waiting = await results(CLOSED_YEAR);
    expect(county(waiting[0], B)).toBeUndefined();

    await paperBallotsHandedOut(testApp, CLOSED_YEAR, B, 20);
    await ok(Q.confirm, { input: { year: CLOSED_YEAR, countyCode: B } }, staffB);
    const [first, second] = await results(CLOSED_YEAR);
    expect(first).toMatchObject({ yes: 7, no: 4, abstain: 1, countiesCounted: 2 });
    expect(county(first, B)?.byChannel).toEqual([{ channel: 'PAPER', yes: 7, no: 2, abstain: 1 }]);
    expect(second).toMatchObject({ yes: 3, no: 3, abstain: 2 });
    expect(await result(question(CLOSED_YEAR, 0))).toEqual(first);
  });

  it('show a question that joins after closing at once', async () => {
    await testApp.deliver(
      envelope('resolutions.question-approved', {
        resolutionId: randomUUID(),
        number: `${CLOSED_YEAR - 1}-042`,
        questionText: 'Should late questions be counted?',
        background: 'Arrives after the close.',
        questionnaireYear: CLOSED_YEAR,
        route: 'pipeline',
      }),
    );
    const read = await results(CLOSED_YEAR);
    expect(read).toHaveLength(3);
    expect(read[2]).toMatchObject({ live: true, yes: 0, no: 0, abstain: 0, countiesCounted: 0 });
  });

  it('show a certified result at once, with the same counts the live result had', async () => {
    const [live] = await results(CLOSED_YEAR);
    const { certifyQuestionResult } = await ok<{ certifyQuestionResult: { id: string } }>(
      Q.certify,
      { input: { questionId: question(CLOSED_YEAR, 0) } },
      staffA,
    );
    const [certified] = await results(CLOSED_YEAR);
    expect(certified).toEqual({ ...live, id: certifyQuestionResult.id, live: false });
    expect(await result(question(CLOSED_YEAR, 0))).toEqual(certified);
  });

  it('show a change of the district tree at once', async () => {
    const [before] = await results(CLOSED_YEAR);
    expect(before?.districts.map((district) => [district.districtCode, district.countiesCounted])).toEqual([
      ['98910', 1],
      ['98920', 1],
    ]);
    await testApp.deliver(
      envelope('assemblies.jurisdiction-changed', {
        code: C,
        name: 'Cache C',
        tierLevel: 3,
        parentCode: '98910',
        removed: false,
        changedAt: new Date().toISOString(),
      }),
    );
    const [after] = await results(CLOSED_YEAR);
    expect(after?.districts).toEqual([{ districtCode: '98910', yes: 7, countiesCounted: 2 }]);
  });
});
