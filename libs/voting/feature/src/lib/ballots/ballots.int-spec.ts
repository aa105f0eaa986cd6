import { randomUUID } from 'node:crypto';
import { Queue, type ConnectionOptions } from 'bullmq';
import { ErrorCode, QueueName } from '@civic/contracts';
import { redisOptions } from '@civic/platform';
import { codeOf, dataOf } from '@civic/testing';
import { BallotRepository } from '@civic/voting-data-access';
import { compareTallies, encodeAnswers, recountBallots, type BallotQuestion } from '@civic/voting-domain';
import { envelope, issuePaperBallots, residentOf, startVotingTestApp, type VotingTestApp } from '../../testing/voting-test-app';
import { BallotBoxService, type BallotRequest } from './ballot-box.service';

/**
 * Secret ballots against the harness's PostgreSQL: eligibility by channel, county-local
 * questions, one ballot per person under a storm of concurrent casts, the separation of who
 * voted from what was voted (schema and data), the bulletin, live results and the recount.
 * Year 2085 (and 2086) and counties 99851–99853, district 99850 and 99860, are this file's
 * own; its tests run in order.
 */
const YEAR = 2085;
const HOME = '99851';
const NEIGHBOUR = '99852';
const THIRD = '99853';

let testApp: VotingTestApp;
let staff: string;
let statewide: BallotQuestion;
let second: BallotQuestion;
let homeLocal: BallotQuestion;
let neighbourLocal: BallotQuestion;
/** Every receipt handed out, by county: all of them must be on the bulletin. */
const receipts = new Map<string, string[]>();

const Q = {
  cast: `mutation ($input: CastBallotInput!) { castBallot(input: $input) { year receipt countyCode county { code } channel questionsAnswered } }`,
  bulletin: `query ($year: Int!, $county: String!, $first: Int, $after: String) { ballotBulletin(year: $year, countyCode: $county, first: $first, after: $after) { receipts endCursor hasNextPage } }`,
  verify: `query ($year: Int!, $receipt: String!) { verifyReceipt(year: $year, receipt: $receipt) { counted countyCode } }`,
  results: `query ($year: Int!) { questionResults(year: $year) { id live question { id } yes no abstain countiesInFavour countiesCounted passed
    counties { countyCode yes no abstain inFavour byChannel { channel yes no abstain } } districts { districtCode yes no abstain countiesInFavour countiesCounted } } }`,
  rows: `query ($year: Int!) { questionnaireResultRows(year: $year) { questionId countyCode yes no abstain live } }`,
  csv: `query ($year: Int!) { questionnaireResultsCsv(year: $year) }`,
};

interface Receipt {
  receipt: string;
  countyCode: string;
  channel: string;
  questionsAnswered: number;
}

type Answer = { questionId: string; choice: string };

function cast(token: string, answers: Answer[], channel = 'ONLINE', year = YEAR) {
  return testApp.gql<{ castBallot: Receipt }>(Q.cast, { input: { year, channel, answers } }, { token });
}

function remember(result: { data?: { castBallot: Receipt } | null }): Receipt {
  const receipt = result.data?.castBallot;
  if (!receipt) throw new Error(`no receipt: ${JSON.stringify(result)}`);
  receipts.set(receipt.countyCode, [...(receipts.get(receipt.countyCode) ?? []), receipt.receipt]);
  return receipt;
}

async function sql<T>(query: string, parameters: unknown[] = []): Promise<T[]> {
  return (await testApp.dataSource.query(query, parameters)) as T[];
}

async function footprint() {
  const [row] = await sql<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM voting.ballot b JOIN voting.questionnaire q ON q.id = b.questionnaire_id WHERE q.year = $1) AS ballots,
            (SELECT count(*)::int FROM voting.questionnaire_voter v JOIN voting.questionnaire q ON q.id = v.questionnaire_id WHERE q.year = $1) AS voters,
            (SELECT coalesce(sum(t.count), 0)::int FROM voting.ballot_tally t JOIN voting.questionnaire q ON q.id = t.questionnaire_id WHERE q.year = $1) AS answers`,
    [YEAR],
  );
  return row;
}

/** Verified residents in bulk, straight into the read model (the event path is residentOf's). */
async function residents(countyCode: string, count: number): Promise<Array<{ id: string; token: string }>> {
  const ids = Array.from({ length: count }, () => randomUUID());
  await sql(
    `INSERT INTO voting.voter_eligibility (account_id, jurisdiction_code, status, method, verified_at, effective_at, last_event_id)
     SELECT id, $2, 'eligible', 'voter-roll', now(), now(), gen_random_uuid() FROM unnest($1::uuid[]) AS id`,
    [ids, countyCode],
  );
  return Promise.all(ids.map(async (id) => ({ id, token: await testApp.issuer.sign({ accountId: id, roles: ['resident'] }) })));
}

beforeAll(async () => {
  testApp = await startVotingTestApp();
  staff = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['staff'] });
  const add = `mutation ($input: AddQuestionnaireQuestionInput!) { addQuestionnaireQuestion(input: $input) { id } }`;
  for (const text of ['Should the walleye bag limit be three?', 'Should wolves be hunted?']) {
    dataOf(await testApp.gql(add, { input: { year: YEAR, source: 'AGENCY', text } }, { token: staff }));
  }
  for (const county of [HOME, NEIGHBOUR]) {
    await testApp.deliver(
      envelope('resolutions.introduced', {
        resolutionId: randomUUID(),
        number: `${YEAR}-${county}`,
        title: 'Local',
        text: 'A county resolution.',
        kind: 'advisory',
        countyCode: county,
        year: YEAR,
      }),
    );
  }
  const questions = await sql<{ id: string; position: number; county_code: string | null; choices: string[] }>(
    `SELECT qq.id, qq.position, qq.county_code, qq.choices FROM voting.questionnaire_question qq JOIN voting.questionnaire q ON q.id = qq.questionnaire_id WHERE q.year = $1 ORDER BY position`,
    [YEAR],
  );
  const asQuestion = (row: (typeof questions)[number] | undefined): BallotQuestion => {
    if (!row) throw new Error('question missing');
    return { id: row.id, position: row.position, countyCode: row.county_code, choices: row.choices };
  };
  [statewide, second] = [asQuestion(questions[0]), asQuestion(questions[1])];
  homeLocal = asQuestion(questions.find((q) => q.county_code === HOME));
  neighbourLocal = asQuestion(questions.find((q) => q.county_code === NEIGHBOUR));
  // The jurisdiction tree as assemblies' events leave it: two counties in one district, one in another.
  await sql(
    `INSERT INTO voting.jurisdiction (code, name, tier_level, parent_code, removed, changed_at) VALUES
       ($1, 'Home', 3, '99850', false, now()), ($2, 'Neighbour', 3, '99850', false, now()), ($3, 'Third', 3, '99860', false, now())
     ON CONFLICT (code) DO NOTHING`,
    [HOME, NEIGHBOUR, THIRD],
  );
});

afterAll(async () => {
  await testApp?.close();
});

describe('casting a ballot', () => {
  it('is VOTING_CLOSED before the questionnaire opens, and stores nothing', async () => {
    const voter = await residentOf(testApp, HOME);
    const before = await footprint();
    expect(codeOf(await cast(voter.token, [{ questionId: statewide.id, choice: 'yes' }]))).toBe(ErrorCode.VOTING_CLOSED);
    expect(await footprint()).toEqual(before);
    const opened = await testApp.gql(`mutation ($year: Int!) { openQuestionnaire(year: $year) { status } }`, { year: YEAR }, { token: staff });
    expect(opened.errors).toBeUndefined();
  });

  it('online: a verified resident gets a receipt for their county, answering some questions', async () => {
    const voter = await residentOf(testApp, HOME);
    const result = await cast(voter.token, [
      { questionId: statewide.id, choice: 'yes' },
      { questionId: homeLocal.id, choice: 'No' },
    ]);
    expect(result.errors).toBeUndefined();
    const receipt = remember(result);
    expect(receipt).toMatchObject({ countyCode: HOME, channel: 'ONLINE', questionsAnswered: 2 });
    expect(receipt.receipt).toMatch(/^[A-Z2-7]{12}$/);
    const verified = await testApp.gql<{ verifyReceipt: { counted: boolean; countyCode: string } }>(Q.verify, {
      year: YEAR,
      receipt: receipt.receipt.toLowerCase(),
    });
    expect(verified.data?.verifyReceipt).toEqual({ counted: true, countyCode: HOME });
    expect((await testApp.gql<{ verifyReceipt: unknown }>(Q.verify, { year: YEAR, receipt: 'AAAAAAAAAAAA' })).data?.verifyReceipt).toEqual({
      counted: false,
      countyCode: null,
    });
  });

  it('refuses the unverified, and a county-local question of another county (NOT_ELIGIBLE, nothing stored)', async () => {
    const before = await footprint();
    const stranger = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['resident'] });
    expect(codeOf(await cast(stranger, [{ questionId: statewide.id, choice: 'yes' }]))).toBe(ErrorCode.NOT_ELIGIBLE);
    const voter = await residentOf(testApp, HOME);
    const foreign = await cast(voter.token, [
      { questionId: statewide.id, choice: 'yes' },
      { questionId: neighbourLocal.id, choice: 'yes' },
    ]);
    expect(codeOf(foreign)).toBe(ErrorCode.NOT_ELIGIBLE);
    expect(foreign.errors?.[0]?.extensions?.['field']).toBe('answers.1.questionId');
    expect(codeOf(await cast(voter.token, [{ questionId: statewide.id, choice: 'maybe' }]))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(codeOf(await cast(voter.token, [{ questionId: randomUUID(), choice: 'yes' }]))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(await footprint()).toEqual(before);
    // Refused ballots do not use up the vote.
    expect(remember(await cast(voter.token, [{ questionId: statewide.id, choice: 'no' }])).countyCode).toBe(HOME);
  });

  it('in the room: only for those checked in with a vote at their county’s meeting; once per person whatever the channel', async () => {
    const meeting = randomUUID();
    const [attendee, guest] = [randomUUID(), randomUUID()];
    await sql(
      `INSERT INTO voting.meeting_attendee (meeting_id, account_id, year, county_code, with_vote, checked_in_at) VALUES ($1, $2, $4, $5, true, now()), ($1, $3, $4, $5, false, now())`,
      [meeting, attendee, guest, YEAR, NEIGHBOUR],
    );
    const token = (id: string) => testApp.issuer.sign({ accountId: id, roles: ['resident'] });
    expect(codeOf(await cast(await token(guest), [{ questionId: statewide.id, choice: 'yes' }], 'IN_ROOM'))).toBe(ErrorCode.NOT_ELIGIBLE);
    const inRoom = await cast(await token(attendee), [{ questionId: neighbourLocal.id, choice: 'yes' }], 'IN_ROOM');
    expect(remember(inRoom)).toMatchObject({ countyCode: NEIGHBOUR, channel: 'IN_ROOM', questionsAnswered: 1 });

    const online = await residentOf(testApp, NEIGHBOUR);
    await sql(
      `INSERT INTO voting.meeting_attendee (meeting_id, account_id, year, county_code, with_vote, checked_in_at) VALUES ($1, $2, $3, $4, true, now())`,
      [meeting, online.id, YEAR, NEIGHBOUR],
    );
    remember(await cast(online.token, [{ questionId: statewide.id, choice: 'abstain' }]));
    expect(codeOf(await cast(online.token, [{ questionId: statewide.id, choice: 'yes' }], 'IN_ROOM'))).toBe(ErrorCode.ALREADY_VOTED);
    expect(codeOf(await cast(await token(attendee), [{ questionId: statewide.id, choice: 'yes' }]))).toBe(ErrorCode.NOT_ELIGIBLE);
  });

  it('1,000 concurrent casts by one voter: exactly one ballot and 999 ALREADY_VOTED', async () => {
    const voter = await residentOf(testApp, THIRD);
    const before = await footprint();
    const results = await Promise.all(
      Array.from({ length: 1_000 }, (_, index) => cast(voter.token, [{ questionId: statewide.id, choice: index % 2 ? 'yes' : 'no' }])),
    );
    const succeeded = results.filter((result) => result.data?.castBallot);
    expect(succeeded).toHaveLength(1);
    expect(results.filter((result) => codeOf(result) === ErrorCode.ALREADY_VOTED)).toHaveLength(999);
    remember(succeeded[0] as { data: { castBallot: Receipt } });
    expect(await footprint()).toEqual({
      ballots: (before?.['ballots'] ?? 0) + 1,
      voters: (before?.['voters'] ?? 0) + 1,
      answers: (before?.['answers'] ?? 0) + 1,
    });
    // 1,000 GraphQL requests through one in-process subgraph take about 20 s here.
  }, 120_000);
});

describe('secrecy', () => {
  it('the ballot table has no column that could refer to a voter, a time or a sequence', async () => {
    const columns = await sql<{ column_name: string; data_type: string; column_default: string | null }>(
      `SELECT column_name, data_type, column_default FROM information_schema.columns WHERE table_schema = 'voting' AND table_name = 'ballot' ORDER BY ordinal_position`,
    );
    expect(columns.map((column) => column.column_name)).toEqual(['id', 'questionnaire_id', 'county_code', 'channel', 'receipt', 'answers']);
    expect(columns.filter((column) => /time|date|serial/.test(column.data_type) || column.column_default !== null)).toEqual([]);
    const references = await sql<{ questionnaire: boolean }>(
      `SELECT confrelid = 'voting.questionnaire'::regclass AS questionnaire FROM pg_constraint WHERE conrelid = 'voting.ballot'::regclass AND contype = 'f'`,
    );
    expect(references).toEqual([{ questionnaire: true }]);
  });

  it('a batch of many voters shares one xmin, and its ballots are in an order unrelated to the voters’', async () => {
    const voters = await residents(HOME, 40);
    const [questionnaire] = await sql<{ id: string }>(`SELECT id FROM voting.questionnaire WHERE year = $1`, [YEAR]);
    const questions = [statewide, second, homeLocal];
    // Each voter answers the statewide question with their own index's choice... and a distinct second answer pattern,
    // so that every ballot can be told apart and mapped back to its request in the test (not in production).
    const requests: BallotRequest[] = voters.map((voter, index) => ({
      questionnaireId: questionnaire?.id ?? '',
      accountId: voter.id,
      countyCode: HOME,
      channel: 'online',
      answers: encodeAnswers(
        new Map([
          [statewide.position, index % 3],
          [second.position, Math.floor(index / 3) % 3],
          [homeLocal.position, Math.floor(index / 9) % 3],
        ]),
      ),
      questions,
    }));
    // 40 distinct patterns need 3 positions of 3 choices with index < 27 unique; keep the first 27 (≥ 20).
    const batch = requests.slice(0, 27);
    const outcomes = await testApp.app.get(BallotBoxService).write(batch);
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    const issued = outcomes.map((outcome) => (outcome.ok ? outcome.value : ''));
    receipts.set(HOME, [...(receipts.get(HOME) ?? []), ...issued]);

    const ballots = await sql<{ xmin: string; receipt: string }>(
      `SELECT xmin::text AS xmin, receipt FROM voting.ballot WHERE receipt = ANY($1) ORDER BY ctid`,
      [issued],
    );
    const voterRows = await sql<{ xmin: string; account_id: string }>(
      `SELECT xmin::text AS xmin, account_id FROM voting.questionnaire_voter WHERE account_id = ANY($1::uuid[]) ORDER BY ctid`,
      [batch.map((request) => request.accountId)],
    );
    expect(ballots).toHaveLength(27);
    expect(new Set([...ballots, ...voterRows].map((row) => row.xmin)).size).toBe(1);
    // Physical order of the ballots, as request indexes: a permutation, not the order the voters came in.
    const order = ballots.map((ballot) => issued.indexOf(ballot.receipt));
    expect([...order].sort((a, b) => a - b)).toEqual(batch.map((_, index) => index));
    expect(order).not.toEqual(batch.map((_, index) => index));
    // Nor the voters' own row order (by account id).
    const voterOrder = voterRows.map((row) => batch.findIndex((request) => request.accountId === row.account_id));
    expect(order).not.toEqual(voterOrder);
  });
});

describe('bulletin, live results and recount', () => {
  it('the live tally keeps room on its pages for counters updated in place (no index entry per ballot batch)', async () => {
    const [table] = await sql<{ reloptions: string[] }>(`SELECT reloptions FROM pg_class WHERE oid = 'voting.ballot_tally'::regclass`);
    expect(table?.reloptions).toEqual(expect.arrayContaining(['fillfactor=50']));
  });

  it('after a concurrent surge, live results add up, and a recount from the ballots equals the live tally', async () => {
    const surge = [...(await residents(HOME, 60)), ...(await residents(NEIGHBOUR, 60)), ...(await residents(THIRD, 60))];
    const countyOf = (index: number) => [HOME, NEIGHBOUR, THIRD][Math.floor(index / 60)] as string;
    const results = await Promise.all(
      surge.map((voter, index) => {
        const answers: Answer[] = [{ questionId: statewide.id, choice: ['yes', 'no', 'abstain'][index % 3] as string }];
        if (index % 2 === 0) answers.push({ questionId: second.id, choice: 'yes' });
        if (countyOf(index) === HOME) answers.push({ questionId: homeLocal.id, choice: 'yes' });
        return cast(voter.token, answers);
      }),
    );
    expect(results.filter((result) => result.errors)).toEqual([]);
    results.forEach((result) => remember(result));

    // Paper totals of THIRD — 101 papers handed to checked-in attendees — entered and
    // confirmed by two staff members, count too.
    await issuePaperBallots(testApp, { year: YEAR, countyCode: THIRD, count: 101, staffToken: staff });
    const other = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['staff'] });
    const entered = await testApp.gql(
      `mutation ($input: EnterQuestionnairePaperTotalsInput!) { enterQuestionnairePaperTotals(input: $input) { countyCode } }`,
      { input: { year: YEAR, countyCode: THIRD, totals: [{ questionId: statewide.id, yes: 100, no: 1, abstain: 0 }] } },
      { token: staff },
    );
    expect(entered.errors).toBeUndefined();
    expect(
      (
        await testApp.gql(
          `mutation ($input: ConfirmQuestionnairePaperTotalsInput!) { confirmQuestionnairePaperTotals(input: $input) { countyCode } }`,
          { input: { year: YEAR, countyCode: THIRD } },
          { token: other },
        )
      ).errors,
    ).toBeUndefined();

    const [questionnaire] = await sql<{ id: string }>(`SELECT id FROM voting.questionnaire WHERE year = $1`, [YEAR]);
    const repository = testApp.app.get(BallotRepository);
    const live = await repository.tally(testApp.dataSource.manager, questionnaire?.id ?? '');
    const recounted = await recountBallots(
      [statewide, second, homeLocal, neighbourLocal],
      repository.stream(testApp.dataSource.manager, questionnaire?.id ?? '', 17),
    );
    const [count] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM voting.ballot WHERE questionnaire_id = $1`, [questionnaire?.id]);
    expect(recounted.ballots).toBe(count?.n);
    expect(compareTallies(live, recounted.rows)).toEqual([]);

    // The statewide question's live result: every ballot's answer plus the confirmed paper totals.
    const [expected] = await sql<{ yes: number; no: number; abstain: number }>(
      `SELECT count(*) FILTER (WHERE get_byte(answers, $2 - 1) = 1)::int AS yes, count(*) FILTER (WHERE get_byte(answers, $2 - 1) = 2)::int AS no,
              count(*) FILTER (WHERE get_byte(answers, $2 - 1) = 3)::int AS abstain FROM voting.ballot WHERE questionnaire_id = $1 AND length(answers) >= $2`,
      [questionnaire?.id, statewide.position],
    );
    const { data } = await testApp.gql<{
      questionResults: Array<
        Record<string, unknown> & {
          question: { id: string };
          counties: Array<{ countyCode: string; byChannel: Array<{ channel: string }> }>;
          districts: unknown[];
        }
      >;
    }>(Q.results, { year: YEAR });
    const result = data?.questionResults.find((entry) => entry.question.id === statewide.id);
    expect(result).toMatchObject({
      id: null,
      live: true,
      yes: (expected?.yes ?? 0) + 100,
      no: (expected?.no ?? 0) + 1,
      abstain: expected?.abstain,
      countiesCounted: 3,
    });
    expect(result?.counties.find((county) => county.countyCode === THIRD)?.byChannel.map((channel) => channel.channel)).toEqual(['PAPER', 'ONLINE']);
    expect(result?.districts).toEqual([
      expect.objectContaining({ districtCode: '99850', countiesCounted: 2 }),
      expect.objectContaining({ districtCode: '99860', countiesCounted: 1 }),
    ]);
    const local = data?.questionResults.find((entry) => entry.question.id === homeLocal.id);
    expect(local).toMatchObject({ live: true, countiesCounted: 1, counties: [expect.objectContaining({ countyCode: HOME })] });

    const rows = await testApp.gql<{ questionnaireResultRows: Array<{ questionId: string; countyCode: string; yes: number }> }>(Q.rows, { year: YEAR });
    expect(rows.data?.questionnaireResultRows.find((row) => row.questionId === statewide.id && row.countyCode === THIRD)?.yes).toBeGreaterThanOrEqual(100);
    const csv = await testApp.gql<{ questionnaireResultsCsv: string }>(Q.csv, { year: YEAR });
    const lines = csv.data?.questionnaireResultsCsv.trim().split('\r\n') ?? [];
    expect(lines[0]).toBe('year,question_position,question_id,county_code,choice,online,in_room,paper,total,status');
    const thirdOnline = await thirdYes(questionnaire?.id ?? '');
    expect(lines).toContain(`${YEAR},${statewide.position},${statewide.id},${THIRD},yes,${thirdOnline},0,100,${thirdOnline + 100},live`);
  });

  it('lists every receipt returned, per county, in receipt order', async () => {
    for (const [county, issued] of receipts) {
      const listed: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: { data?: { ballotBulletin: { receipts: string[]; endCursor: string | null; hasNextPage: boolean } } } = await testApp.gql(Q.bulletin, {
          year: YEAR,
          county,
          first: 25,
          after,
        });
        const bulletin = page.data?.ballotBulletin;
        if (!bulletin) throw new Error(JSON.stringify(page));
        listed.push(...bulletin.receipts);
        if (!bulletin.hasNextPage) break;
        after = bulletin.endCursor;
      }
      expect([...listed].sort()).toEqual(listed);
      expect(new Set(listed).size).toBe(listed.length);
      expect(issued.filter((receipt) => !listed.includes(receipt))).toEqual([]);
    }
  });

  it('a recount is requested by staff onto the worker’s maintenance queue; reports are public', async () => {
    const request = `mutation ($year: Int!) { requestRecount(year: $year) }`;
    const resident = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['resident'] });
    expect(codeOf(await testApp.gql(request, { year: YEAR }, { token: resident }))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(await testApp.gql(request, { year: YEAR + 7 }, { token: staff }))).toBe(ErrorCode.NOT_FOUND);
    expect((await testApp.gql<{ requestRecount: boolean }>(request, { year: YEAR }, { token: staff })).data?.requestRecount).toBe(true);
    const queue = new Queue(QueueName.maintenance, { connection: redisOptions(process.env['REDIS_URL'] ?? '', 'worker') as ConnectionOptions });
    try {
      const jobs = await queue.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed']);
      expect(jobs.filter((job) => job.name === 'voting.recount' && (job.data as { year: number }).year === YEAR).map((job) => job.data)).toEqual([
        { year: YEAR, requestedBy: expect.any(String) },
      ]);
    } finally {
      await queue.close();
    }
    const reports = await testApp.gql<{ recountReports: unknown[] }>(`query ($year: Int!) { recountReports(year: $year) { id equal ballotsCounted } }`, {
      year: YEAR,
    });
    expect(reports.data?.recountReports).toEqual([]);
  });

  it('withholds a recount report’s differences (live counts by county) from the public while voting is open; staff and observers see them', async () => {
    const [questionnaire] = await sql<{ id: string }>(`SELECT id FROM voting.questionnaire WHERE year = $1`, [YEAR]);
    const difference = { questionId: statewide.id, countyCode: HOME, channel: 'online', choice: 'yes', live: 3, recounted: 2 };
    await sql(
      `INSERT INTO voting.recount_report (questionnaire_id, started_at, finished_at, ballots_counted, equal, differences) VALUES ($1, now(), now(), 5, false, $2::jsonb)`,
      [questionnaire?.id, JSON.stringify([difference])],
    );
    const read = `query ($year: Int!) { recountReports(year: $year) { equal differencesWithheld differences { countyCode live recounted } } }`;
    const shown = (token?: string) => testApp.gql<{ recountReports: Array<Record<string, unknown>> }>(read, { year: YEAR }, token ? { token } : {});
    expect((await shown()).data?.recountReports).toEqual([{ equal: false, differencesWithheld: true, differences: [] }]);
    const resident = await testApp.issuer.sign({ roles: ['resident'] });
    expect((await shown(resident)).data?.recountReports).toEqual([{ equal: false, differencesWithheld: true, differences: [] }]);
    const observer = await testApp.issuer.sign({ roles: ['resident', 'observer'] });
    for (const token of [staff, observer]) {
      expect((await shown(token)).data?.recountReports).toEqual([
        { equal: false, differencesWithheld: false, differences: [{ countyCode: HOME, live: 3, recounted: 2 }] },
      ]);
    }
  });

  it('refuses a ballot after the stored closesAt though no job closed voting (Redis down at the closing time), and before opensAt', async () => {
    const voter = await residentOf(testApp, HOME);
    const [window] = await sql<{ opens_at: Date | null; closes_at: Date | null }>(`SELECT opens_at, closes_at FROM voting.questionnaire WHERE year = $1`, [
      YEAR,
    ]);
    const setWindow = (opensAt: string, closesAt: string) =>
      sql(`UPDATE voting.questionnaire SET opens_at = ${opensAt}, closes_at = ${closesAt} WHERE year = $1`, [YEAR]);
    const before = await footprint();
    try {
      // The status is still 'open', as it stays when the closing job cannot run: the window decides.
      await setWindow("now() - interval '1 hour'", "now() - interval '1 second'");
      expect(codeOf(await cast(voter.token, [{ questionId: statewide.id, choice: 'yes' }]))).toBe(ErrorCode.VOTING_CLOSED);
      await setWindow("now() + interval '1 hour'", 'NULL');
      expect(codeOf(await cast(voter.token, [{ questionId: statewide.id, choice: 'yes' }]))).toBe(ErrorCode.VOTING_CLOSED);
      expect(await footprint()).toEqual(before);
    } finally {
      await sql(`UPDATE voting.questionnaire SET opens_at = $2, closes_at = $3 WHERE year = $1`, [YEAR, window?.opens_at ?? null, window?.closes_at ?? null]);
    }
    // Inside the window again, the same voter's ballot counts: it was the window that refused.
    remember(await cast(voter.token, [{ questionId: statewide.id, choice: 'yes' }]));
  });

  it('is VOTING_CLOSED once staff closed the questionnaire', async () => {
    const voter = await residentOf(testApp, HOME);
    const closed = await testApp.gql(`mutation ($year: Int!) { closeQuestionnaire(year: $year) { status } }`, { year: YEAR }, { token: staff });
    expect(closed.errors).toBeUndefined();
    const before = await footprint();
    expect(codeOf(await cast(voter.token, [{ questionId: statewide.id, choice: 'yes' }]))).toBe(ErrorCode.VOTING_CLOSED);
    expect(await footprint()).toEqual(before);
  });
});

async function thirdYes(questionnaireId: string): Promise<number> {
  const [row] = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM voting.ballot WHERE questionnaire_id = $1 AND county_code = $2 AND length(answers) >= $3 AND get_byte(answers, $3 - 1) = 1`,
    [questionnaireId, THIRD, statewide.position],
  );
  return row?.n ?? 0;
}
