import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { ErrorCode } from '@civic/contracts';
import { codeOf } from '@civic/testing';
import { startVotingTestApp, type VotingTestApp } from '../../testing/voting-test-app';
import { VotingScheduleProcessor } from './voting-schedule.processor';

/** Years 2077–2078 are this file's own. */
const YEAR = 2077;
const SWEPT_YEAR = 2078;

let testApp: VotingTestApp;
let staff: string;

const ADD = `mutation ($input: AddQuestionnaireQuestionInput!) { addQuestionnaireQuestion(input: $input) { id } }`;
const SCHEDULE = `mutation ($input: ScheduleQuestionnaireInput!) { scheduleQuestionnaire(input: $input) { year status opensAt closesAt } }`;
const STATUS = `query ($year: Int!) { questionnaire(year: $year) { status } }`;

async function status(year: number): Promise<string | undefined> {
  const result = await testApp.gql<{ questionnaire: { status: string } | null }>(STATUS, { year });
  return result.data?.questionnaire?.status;
}

async function waitForStatus(year: number, wanted: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await status(year)) === wanted) return;
    await delay(200);
  }
  throw new Error(`questionnaire ${year} never became ${wanted} (last: ${await status(year)})`);
}

beforeAll(async () => {
  testApp = await startVotingTestApp();
  staff = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['staff'] });
  for (const year of [YEAR, SWEPT_YEAR]) {
    const added = await testApp.gql(ADD, { input: { year, source: 'AGENCY', text: `Should the ${year} season open earlier?` } }, { token: staff });
    expect(added.errors).toBeUndefined();
  }
});

afterAll(async () => {
  await testApp?.close();
});

describe('scheduled voting windows', () => {
  it('refuses a window that closes before it opens, and callers who are not staff', async () => {
    const now = Date.now();
    const backwards = await testApp.gql(
      SCHEDULE,
      { input: { year: YEAR, opensAt: new Date(now + 60_000).toISOString(), closesAt: new Date(now + 30_000).toISOString() } },
      { token: staff },
    );
    expect(codeOf(backwards)).toBe(ErrorCode.BAD_USER_INPUT);
    const resident = await testApp.issuer.sign({ roles: ['resident'] });
    const refused = await testApp.gql(
      SCHEDULE,
      { input: { year: YEAR, opensAt: new Date(now + 1_000).toISOString(), closesAt: new Date(now + 2_000).toISOString() } },
      { token: resident },
    );
    expect(codeOf(refused)).toBe(ErrorCode.FORBIDDEN);
    expect(await status(YEAR)).toBe('DRAFT');
  });

  it('opens and then closes the questionnaire on time by delayed jobs, with nobody at the keyboard', async () => {
    const now = Date.now();
    const scheduled = await testApp.gql(
      SCHEDULE,
      { input: { year: YEAR, opensAt: new Date(now + 1_000).toISOString(), closesAt: new Date(now + 3_000).toISOString() } },
      { token: staff },
    );
    expect(scheduled.errors).toBeUndefined();
    expect(await status(YEAR)).toBe('DRAFT');
    await waitForStatus(YEAR, 'OPEN');
    await waitForStatus(YEAR, 'CLOSED');
  });

  it('the sweep opens and closes a window whose jobs were never queued (Redis was down when it was set)', async () => {
    // Written straight to the database, as if scheduling had found Redis down: no job exists.
    await testApp.dataSource.query(
      `UPDATE "voting"."questionnaire" SET opens_at = now() - interval '1 minute', closes_at = now() + interval '1 hour' WHERE year = $1`,
      [SWEPT_YEAR],
    );
    const processor = testApp.app.get(VotingScheduleProcessor);
    const sweep = () => processor.process({ name: 'schedule-sweep', data: {} } as never);
    expect(await sweep()).toMatchObject({ [SWEPT_YEAR]: 'open' });
    expect(await status(SWEPT_YEAR)).toBe('OPEN');
    expect(await sweep()).not.toHaveProperty(String(SWEPT_YEAR)); // nothing due twice
    await testApp.dataSource.query(`UPDATE "voting"."questionnaire" SET closes_at = now() - interval '1 second' WHERE year = $1`, [SWEPT_YEAR]);
    expect(await sweep()).toMatchObject({ [SWEPT_YEAR]: 'close' });
    expect(await status(SWEPT_YEAR)).toBe('CLOSED');
  });
});
