import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { codeOf, dataOf, TestTokenIssuer } from '@civic/testing';
import { BallotRepository, votingDataSourceOptions } from '@civic/voting-data-access';
import { compareTallies, decodeAnswers, recountBallots, type BallotQuestion, type TallyRow } from '@civic/voting-domain';
import { startVotingProcess, type VotingProcess } from '../../testing/voting-process';

/**
 * kill -9 of the voting service in the middle of a surge of ballots: the service runs as
 * its own OS process (tools/run-ts.js, as `npm start` runs it) on the harness's PostgreSQL,
 * is SIGKILLed once some receipts came back, while 32 casts are in flight and a batch is
 * half written (see killMidBatch), and is started again on the same database. No ballot whose receipt was returned may be lost, no batch
 * may be half written, and whoever was cut off votes again only if nothing of theirs was
 * stored. Year 2097 and counties 99971–99973 are this file's own; its tests run in order.
 *
 * Every voter answers a pattern of their own (their index + 1 in base 4 over six questions,
 * a digit per question: 0 left out, 1 yes, 2 no, 3 abstain), so that the test — and only
 * the test, which knows what each voter sent — can tell which stored ballot is whose.
 */
const YEAR = 2097;
const COUNTIES = ['99971', '99972', '99973'];
const QUESTIONS = 6;
const VOTERS = 480;
const CONCURRENCY = 32;
/** The kill comes when this many receipts have come back: a point in the surge, not a moment in time. */
const KILL_AFTER = 160;

const Q = {
  cast: `mutation ($input: CastBallotInput!) { castBallot(input: $input) { receipt countyCode } }`,
  verify: `query ($year: Int!, $receipt: String!) { verifyReceipt(year: $year, receipt: $receipt) { counted countyCode } }`,
  bulletin: `query ($year: Int!, $county: String!, $after: String) { ballotBulletin(year: $year, countyCode: $county, first: 5000, after: $after) { receipts endCursor hasNextPage } }`,
};

interface Voter {
  index: number;
  id: string;
  countyCode: string;
  token: string;
  /** Question id → choice, as sent. */
  answers: Map<string, string>;
}

type Outcome =
  | { kind: 'receipt'; receipt: string; countyCode: string }
  | { kind: 'refused'; code: string }
  /** The connection failed or the answer was cut short: nothing came back. */
  | { kind: 'cut-off'; error: string };

let dataDir: string;
let issuer: TestTokenIssuer;
let dataSource: DataSource;
let voting: VotingProcess;
let questionnaireId: string;
let questions: BallotQuestion[];
let voters: Voter[];
/** The surge's outcome per voter index; voters the surge never reached have none. */
const surge = new Map<number, Outcome>();

async function sql<T>(query: string, parameters: unknown[] = []): Promise<T[]> {
  return (await dataSource.query(query, parameters)) as T[];
}

async function cast(voter: Voter): Promise<Outcome> {
  const answers = [...voter.answers].map(([questionId, choice]) => ({ questionId, choice }));
  try {
    const result = await voting.gql<{ castBallot: { receipt: string; countyCode: string } }>(
      Q.cast,
      { input: { year: YEAR, channel: 'ONLINE', answers } },
      { token: voter.token },
    );
    const receipt = result.data?.castBallot;
    if (result.status === 200 && receipt) return { kind: 'receipt', receipt: receipt.receipt, countyCode: receipt.countyCode };
    return { kind: 'refused', code: codeOf(result) ?? `HTTP ${result.status}` };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { kind: 'cut-off', error: `${(error as Error).name}: ${(error as Error).message}${cause ? ` (${cause})` : ''}` };
  }
}

/** Runs fn over items, `concurrency` at a time, while `go()` allows; returns nothing (fn records). */
async function inParallel<T>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<void>, go: () => boolean = () => true): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (go() && next < items.length) await fn(items[next++] as T);
    }),
  );
}

/** What the database holds for the year: ballots (receipt, county, answers) and who voted. */
async function stored() {
  const ballots = await sql<{ receipt: string; county_code: string; answers: Buffer }>(
    `SELECT receipt, county_code, answers FROM voting.ballot WHERE questionnaire_id = $1`,
    [questionnaireId],
  );
  const voted = await sql<{ account_id: string }>(`SELECT account_id FROM voting.questionnaire_voter WHERE questionnaire_id = $1`, [questionnaireId]);
  return { ballots, voted: new Set(voted.map((row) => row.account_id)) };
}

/** The voter a stored ballot belongs to, read back from its answer pattern. */
function voterOf(answers: Buffer): Voter | undefined {
  const byPosition = new Map(decodeAnswers(new Uint8Array(answers)).map((answer) => [answer.position, answer.choice + 1]));
  const pattern = questions.reduce((sum, question, digit) => sum + (byPosition.get(question.position) ?? 0) * 4 ** digit, 0);
  return voters[pattern - 1];
}

/** The live tally the voters with a voter row must have produced, from what they sent. */
function expectedTally(voted: ReadonlySet<string>): TallyRow[] {
  const counts = new Map<string, TallyRow>();
  for (const voter of voters.filter((candidate) => voted.has(candidate.id))) {
    for (const [questionId, choice] of voter.answers) {
      const key = `${questionId}|${voter.countyCode}|${choice}`;
      const row = counts.get(key) ?? { questionId, countyCode: voter.countyCode, channel: 'online', choice, count: 0 };
      row.count += 1;
      counts.set(key, row);
    }
  }
  return [...counts.values()];
}

async function liveTally(): Promise<TallyRow[]> {
  return new BallotRepository().tally(dataSource.manager, questionnaireId);
}

async function bulletin(countyCode: string): Promise<string[]> {
  const listed: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: { data?: { ballotBulletin: { receipts: string[]; endCursor: string | null; hasNextPage: boolean } } } = await voting.gql(Q.bulletin, {
      year: YEAR,
      county: countyCode,
      after,
    });
    const result = page.data?.ballotBulletin;
    if (!result) throw new Error(JSON.stringify(page));
    listed.push(...result.receipts);
    if (!result.hasNextPage) return listed;
    after = result.endCursor;
  }
}

/**
 * The kill, at the worst moment for a batch: the test takes a SHARE lock on the live tally,
 * so the next batch writes its voters and ballots and then waits to add to the tally (its
 * transaction open, half written); casts keep arriving and queue behind it. Once the
 * voting process's connection waits on the lock, kill -9; then the lock is released (the
 * orphaned backend finds its client gone and rolls back). Resolves with the number of
 * blocked batches seen.
 */
async function killMidBatch(onKill: () => void): Promise<number> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    await runner.query(`LOCK TABLE voting.ballot_tally IN SHARE MODE`);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const [row] = await sql<{ blocked: number }>(
        `SELECT count(*)::int AS blocked FROM pg_stat_activity
          WHERE application_name = 'civic-voting' AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO "voting"."ballot_tally"%'`,
      );
      if ((row?.blocked ?? 0) > 0) {
        onKill();
        await voting.kill();
        return row?.blocked ?? 0;
      }
      if (Date.now() > deadline) throw new Error('no ballot batch waited on the tally lock within 30 s');
      await delay(5);
    }
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    await runner.release();
  }
}

beforeAll(async () => {
  const databaseUrl = process.env['DATABASE_URL'] ?? '';
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'civic-ballot-crash-'));
  issuer = await TestTokenIssuer.start();
  // Its own application name: the kill looks for the voting process's connections by theirs.
  dataSource = await new DataSource({ ...votingDataSourceOptions(databaseUrl), applicationName: 'civic-ballot-crash-test' } as DataSourceOptions).initialize();
  expect(await sql(`SELECT 1 FROM voting.questionnaire WHERE year = $1`, [YEAR])).toEqual([]);
  voting = await startVotingProcess({
    databaseUrl,
    redisUrl: process.env['REDIS_URL'] ?? '',
    authEnv: issuer.authEnv(),
    logDir: path.join(dataDir, 'logs'),
    readyTimeoutMs: 90_000,
  });

  // The questionnaire through the service's own API, by staff.
  const staff = await issuer.sign({ accountId: randomUUID(), roles: ['staff'] });
  for (let n = 1; n <= QUESTIONS; n++) {
    const input = { year: YEAR, source: 'AGENCY', text: `Crash test question ${n}?` };
    dataOf(
      await voting.gql(`mutation ($input: AddQuestionnaireQuestionInput!) { addQuestionnaireQuestion(input: $input) { id } }`, { input }, { token: staff }),
    );
  }
  dataOf(await voting.gql(`mutation ($year: Int!) { openQuestionnaire(year: $year) { status } }`, { year: YEAR }, { token: staff }));
  const [questionnaire] = await sql<{ id: string }>(`SELECT id FROM voting.questionnaire WHERE year = $1`, [YEAR]);
  questionnaireId = questionnaire?.id ?? '';
  questions = await new BallotRepository().ballotQuestions(dataSource.manager, questionnaireId);
  expect(questions).toHaveLength(QUESTIONS);

  // Verified residents in bulk, straight into the eligibility read model (as the bench does).
  voters = await Promise.all(
    Array.from({ length: VOTERS }, async (_, index) => {
      const id = randomUUID();
      const answers = new Map<string, string>();
      questions.forEach((question, digit) => {
        const value = Math.floor((index + 1) / 4 ** digit) % 4;
        if (value > 0) answers.set(question.id, question.choices[value - 1] as string);
      });
      return { index, id, countyCode: COUNTIES[index % COUNTIES.length] as string, token: await issuer.sign({ accountId: id, roles: ['resident'] }), answers };
    }),
  );
  await sql(
    `INSERT INTO voting.voter_eligibility (account_id, jurisdiction_code, status, method, verified_at, effective_at, last_event_id)
     SELECT a, c, 'eligible', 'voter-roll', now(), now(), gen_random_uuid() FROM unnest($1::uuid[], $2::text[]) AS r(a, c)`,
    [voters.map((voter) => voter.id), voters.map((voter) => voter.countyCode)],
  );
}, 150_000);

afterAll(async () => {
  await voting?.stop();
  await issuer?.stop();
  await dataSource?.destroy();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe('kill -9 of the voting service during a surge', () => {
  it(`is killed after ${KILL_AFTER} receipts, with a batch half written and ${CONCURRENCY} casts in flight; no cut-off cast gets a receipt`, async () => {
    let receipts = 0;
    let killing: Promise<number> | undefined;
    let killed = false;
    const pid = voting.pid();
    await inParallel(
      voters,
      CONCURRENCY,
      async (voter) => {
        const outcome = await cast(voter);
        surge.set(voter.index, outcome);
        if (outcome.kind === 'receipt' && ++receipts === KILL_AFTER) {
          killing = killMidBatch(() => {
            killed = true;
          });
          // Awaited below, once the casts in flight have settled.
          killing.catch(() => undefined);
        }
      },
      () => !killed,
    );
    const blocked = await (killing as Promise<number>);
    expect(blocked).toBeGreaterThan(0);
    expect(() => process.kill(pid, 0)).toThrow();

    const outcomes = [...surge.values()];
    const returned = outcomes.filter((outcome) => outcome.kind === 'receipt');
    const cutOff = outcomes.filter((outcome) => outcome.kind === 'cut-off');
    // Receipts already on the wire when the kill came count as returned.
    expect(returned.length).toBeGreaterThanOrEqual(KILL_AFTER);
    // Nothing was refused: every cast either came back with a receipt or was cut off.
    expect(outcomes.filter((outcome) => outcome.kind === 'refused')).toEqual([]);
    // At least the blocked batch's casts were cut off: the connection failed, no answer.
    expect(cutOff.length).toBeGreaterThanOrEqual(blocked);
    expect(cutOff.length).toBeLessThanOrEqual(CONCURRENCY);
    // Cut off means the connection failed (reset, closed) or the answer stopped short, never a half-read receipt.
    expect(cutOff.filter((outcome) => !/^(TypeError: fetch failed|SyntaxError)/.test(outcome.kind === 'cut-off' ? outcome.error : ''))).toEqual([]);
    expect(surge.size).toBeLessThan(VOTERS);
  }, 90_000);

  it('after a restart on the same database, every receipt returned is counted: in the ballot table as the voter’s own ballot, on the bulletin, verifiable', async () => {
    await voting.restart();
    const { ballots, voted } = await stored();
    const byReceipt = new Map(ballots.map((ballot) => [ballot.receipt, ballot]));
    const returned = [...surge].filter((entry): entry is [number, Extract<Outcome, { kind: 'receipt' }>] => entry[1].kind === 'receipt');
    for (const [index, outcome] of returned) {
      const voter = voters[index] as Voter;
      const ballot = byReceipt.get(outcome.receipt);
      expect({
        voter: index,
        stored: ballot !== undefined,
        county: ballot?.county_code,
        owner: ballot && voterOf(ballot.answers)?.index,
        voted: voted.has(voter.id),
      }).toEqual({
        voter: index,
        stored: true,
        county: voter.countyCode,
        owner: index,
        voted: true,
      });
      expect(outcome.countyCode).toBe(voter.countyCode);
    }

    for (const county of COUNTIES) {
      const listed = new Set(await bulletin(county));
      expect(returned.filter(([, outcome]) => outcome.countyCode === county && !listed.has(outcome.receipt))).toEqual([]);
    }
    const unverified: string[] = [];
    await inParallel(returned, 8, async ([, outcome]) => {
      const result = await voting.gql<{ verifyReceipt: { counted: boolean; countyCode: string | null } }>(Q.verify, { year: YEAR, receipt: outcome.receipt });
      if (!result.data?.verifyReceipt.counted || result.data.verifyReceipt.countyCode !== outcome.countyCode) unverified.push(outcome.receipt);
    });
    expect(unverified).toEqual([]);
  }, 120_000);

  it('who voted and what was voted were written together: no half-written batch, and the live tally equals the ballots and a recount', async () => {
    const { ballots, voted } = await stored();
    expect(ballots.length).toBe(voted.size);
    const owners = ballots.map((ballot) => voterOf(ballot.answers));
    // Every stored ballot is one of ours, one per voter, and exactly the voters recorded as having voted have one.
    expect(owners.filter((owner) => owner === undefined)).toEqual([]);
    expect(new Set(owners.map((owner) => owner?.index)).size).toBe(ballots.length);
    expect(owners.map((owner) => owner?.id).sort()).toEqual([...voted].sort());
    // The voters the surge never reached have nothing stored.
    expect(voters.filter((voter) => !surge.has(voter.index) && voted.has(voter.id))).toEqual([]);

    const live = await liveTally();
    expect(compareTallies(live, expectedTally(voted))).toEqual([]);
    const recounted = await recountBallots(questions, new BallotRepository().stream(dataSource.manager, questionnaireId, 100));
    expect(recounted.ballots).toBe(ballots.length);
    expect(compareTallies(live, recounted.rows)).toEqual([]);
  }, 60_000);

  it('a voter cut off votes again only if their ballot was not stored; nobody ends with two ballots', async () => {
    const before = await stored();
    const cutOff = voters.filter((voter) => surge.get(voter.index)?.kind === 'cut-off');
    const holders = voters.filter((voter) => surge.get(voter.index)?.kind === 'receipt').slice(0, 20);
    const untouched = voters.filter((voter) => !surge.has(voter.index));
    const again = new Map<number, Outcome>();
    await inParallel([...cutOff, ...holders, ...untouched], CONCURRENCY, async (voter) => {
      again.set(voter.index, await cast(voter));
    });

    const expected = (voter: Voter) =>
      before.voted.has(voter.id) ? { kind: 'refused', code: ErrorCode.ALREADY_VOTED } : { kind: 'receipt', countyCode: voter.countyCode };
    for (const voter of [...cutOff, ...holders, ...untouched]) {
      expect({ voter: voter.index, outcome: again.get(voter.index) }).toEqual({ voter: voter.index, outcome: expect.objectContaining(expected(voter)) });
    }

    // Everyone has voted now, once: one ballot each, their own, with the receipt they were given.
    const after = await stored();
    expect(after.voted.size).toBe(VOTERS);
    expect(after.ballots).toHaveLength(VOTERS);
    const owners = after.ballots.map((ballot) => voterOf(ballot.answers)?.index);
    expect(new Set(owners).size).toBe(VOTERS);
    const receiptOf = new Map(after.ballots.map((ballot, position) => [owners[position], ballot.receipt]));
    for (const [index, outcome] of [...surge, ...again]) {
      if (outcome.kind === 'receipt') expect({ voter: index, receipt: receiptOf.get(index) }).toEqual({ voter: index, receipt: outcome.receipt });
    }
    const live = await liveTally();
    expect(compareTallies(live, expectedTally(after.voted))).toEqual([]);
    const recounted = await recountBallots(questions, new BallotRepository().stream(dataSource.manager, questionnaireId, 100));
    expect({ ballots: recounted.ballots, differences: compareTallies(live, recounted.rows) }).toEqual({ ballots: VOTERS, differences: [] });

    const stats = {
      returned: [...surge.values()].filter((o) => o.kind === 'receipt').length,
      cutOff: cutOff.length,
      cutOffButStored: cutOff.filter((v) => before.voted.has(v.id)).length,
    };
    process.stdout.write(
      `ballot-crash: ${JSON.stringify(stats)}; cut-off errors: ${[...new Set(cutOff.map((v) => (surge.get(v.index) as { error: string }).error))].join(' | ')}\n`,
    );
  }, 90_000);
});
