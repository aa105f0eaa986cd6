import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { ErrorCode } from '@civic/contracts';
import { codeOf, succeedingClient } from '@civic/testing';
import { startVotingTestApp, type VotingTestApp } from '../../testing/voting-test-app';
import { VotingScheduleProcessor } from './voting-schedule.processor';

/**
 * Scheduled roll calls: opened and closed on time by delayed jobs on the voting schedule
 * queue, with the sweep behind them. Year 2081, county 99731 and the bodies
 * 'committee-roll-call-schedule-spec' and 'committee-nobody-sits-on-2073' are this file's own.
 */
const YEAR = 2081;
const COUNTY = '99731';
const BODY = 'committee-roll-call-schedule-spec';

let testApp: VotingTestApp;
let ok: ReturnType<typeof succeedingClient>;
let staff: { id: string; token: string };
let resident: string;
const members: Array<{ id: string; token: string }> = [];
let questionId: string;

const SCHEDULE_FIELDS = 'id status bodyCode title questionId opensAt closesAt failure rollCallId rollCall { id status outcome closesAt yes no }';
const Q = {
  schedule: `mutation ($input: ScheduleRollCallInput!) { scheduleRollCall(input: $input) { ${SCHEDULE_FIELDS} } }`,
  scheduleClose: `mutation ($id: ID!, $closesAt: DateTime!) { scheduleRollCallClose(rollCallId: $id, closesAt: $closesAt) { id status closesAt } }`,
  cancel: `mutation ($id: ID!) { cancelScheduledRollCall(id: $id) { id status } }`,
  schedules: `query ($status: RollCallScheduleStatus) { rollCallSchedules(status: $status) { ${SCHEDULE_FIELDS} } }`,
  open: `mutation ($input: OpenRollCallInput!) { openRollCall(input: $input) { id status closesAt } }`,
  close: `mutation ($id: ID!) { closeRollCall(rollCallId: $id) { id status } }`,
  cast: `mutation ($input: CastRollCallVoteInput!) { castRollCallVote(input: $input) { choice } }`,
  rollCall: `query ($id: ID!) { rollCall(id: $id) { id status outcome closesAt closedAt yes no } }`,
};

interface Schedule {
  id: string;
  status: string;
  bodyCode: string;
  title: string;
  opensAt: string | null;
  closesAt: string | null;
  failure: string | null;
  rollCallId: string | null;
  rollCall: { id: string; status: string; outcome: string | null; closesAt: string | null; yes: number; no: number } | null;
}

const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1_000).toISOString();
const schedule = async (input: Record<string, unknown>) => (await ok<{ scheduleRollCall: Schedule }>(Q.schedule, { input }, staff.token)).scheduleRollCall;
const scheduleById = async (id: string) =>
  (await ok<{ rollCallSchedules: Schedule[] }>(Q.schedules, {})).rollCallSchedules.find((candidate) => candidate.id === id);
const sweep = () => testApp.app.get(VotingScheduleProcessor).process({ name: 'schedule-sweep', data: {} } as never) as Promise<Record<string, string>>;

async function waitForSchedule(id: string, wanted: (found: Schedule | undefined) => boolean, timeoutMs = 20_000): Promise<Schedule> {
  const deadline = Date.now() + timeoutMs;
  let last: Schedule | undefined;
  while (Date.now() < deadline) {
    last = await scheduleById(id);
    if (wanted(last)) return last as Schedule;
    await delay(200);
  }
  throw new Error(`schedule ${id} never got there (last: ${JSON.stringify(last)})`);
}

async function announced(rollCallId: string): Promise<Array<{ outcome: string; yes: number }>> {
  const rows = (await testApp.dataSource.query(
    `SELECT payload FROM voting.outbox_event WHERE name = 'voting.roll-call-closed' AND payload->>'rollCallId' = $1`,
    [rollCallId],
  )) as Array<{
    payload: { outcome: string; yes: number };
  }>;
  return rows.map((row) => row.payload);
}

beforeAll(async () => {
  testApp = await startVotingTestApp();
  ok = succeedingClient(testApp.gql);
  const staffId = randomUUID();
  staff = { id: staffId, token: await testApp.issuer.sign({ accountId: staffId, roles: ['staff'] }) };
  resident = await testApp.issuer.sign({ roles: ['resident'] });
  for (let seat = 1; seat <= 3; seat += 1) {
    const id = randomUUID();
    members.push({ id, token: await testApp.issuer.sign({ accountId: id, roles: ['resident'] }) });
    await testApp.dataSource.query(
      `INSERT INTO voting.body_member (membership_id, body_code, body_name, account_id, display_name, office, active, term_start, term_end, changed_at)
       VALUES ($1, $2, 'Roll Call Schedule Committee', $3, $4, NULL, true, '2080-06-01', '2083-05-31', now())`,
      [randomUUID(), BODY, id, `Schedule Member ${seat}`],
    );
    await testApp.dataSource.query(
      `INSERT INTO voting.delegate_seat (tenure_id, account_id, display_name, county_code, seat_number, active, term_start, term_end, changed_at)
       VALUES ($1, $2, $3, $4, $5, true, '2080-06-01', '2083-05-31', now())`,
      [randomUUID(), id, `Schedule Member ${seat}`, COUNTY, seat],
    );
  }
  const added = await ok<{ addQuestionnaireQuestion: { id: string } }>(
    `mutation ($input: AddQuestionnaireQuestionInput!) { addQuestionnaireQuestion(input: $input) { id } }`,
    { input: { year: YEAR, source: 'AGENCY', text: 'Should the 2081 bear quota rise?' } },
    staff.token,
  );
  questionId = added.addQuestionnaireQuestion.id;
});

afterAll(async () => {
  await testApp?.close();
});

describe('scheduling a roll call', () => {
  it('refuses a bad window, an unknown question, and callers who are not staff, scheduling nothing', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ bodyCode: BODY, title: 'x', opensAt: inSeconds(-5) }, 'opensAt'],
      [{ bodyCode: BODY, title: 'x', opensAt: inSeconds(60), closesAt: inSeconds(30) }, 'closesAt'],
      [{ bodyCode: BODY, title: ' ', opensAt: inSeconds(60) }, 'title'],
      [{ bodyCode: BODY, title: 'x', opensAt: inSeconds(60), quorum: 0 }, 'quorum'],
    ];
    for (const [input, field] of cases) {
      const result = await testApp.gql(Q.schedule, { input }, { token: staff.token });
      expect([field, codeOf(result), result.errors?.[0]?.extensions?.['field']]).toEqual([field, ErrorCode.BAD_USER_INPUT, field]);
    }
    expect(
      codeOf(
        await testApp.gql(Q.schedule, { input: { bodyCode: BODY, title: 'x', opensAt: inSeconds(60), questionId: randomUUID() } }, { token: staff.token }),
      ),
    ).toBe(ErrorCode.NOT_FOUND);
    expect(codeOf(await testApp.gql(Q.schedule, { input: { bodyCode: BODY, title: 'x', opensAt: inSeconds(60) } }, { token: resident }))).toBe(
      ErrorCode.FORBIDDEN,
    );
    const titles = (await ok<{ rollCallSchedules: Schedule[] }>(Q.schedules, {})).rollCallSchedules.filter((found) => found.bodyCode === BODY);
    expect(titles).toEqual([]);
  });

  it("opens on time with the body's members then, takes votes, and closes on time in the scheduler's name, announcing the outcome once", async () => {
    const scheduled = await schedule({ bodyCode: BODY, title: 'Raise the bear quota', questionId, opensAt: inSeconds(1), closesAt: inSeconds(4) });
    expect(scheduled).toMatchObject({ status: 'WAITING', bodyCode: BODY, questionId, rollCallId: null, rollCall: null });

    const opened = await waitForSchedule(scheduled.id, (found) => found?.status === 'OPENED');
    expect(opened.rollCall).toMatchObject({ status: 'OPEN', closesAt: scheduled.closesAt });
    const rollCallId = opened.rollCallId as string;
    for (const [index, member] of members.entries()) await ok(Q.cast, { input: { rollCallId, choice: index === 2 ? 'NO' : 'YES' } }, member.token);

    const closed = await waitForSchedule(scheduled.id, (found) => found?.status === 'CLOSED');
    expect(closed.rollCall).toMatchObject({ status: 'CLOSED', outcome: 'PASSED', yes: 2, no: 1 });
    const [row] = (await testApp.dataSource.query(`SELECT opened_by, closed_by, year FROM voting.roll_call WHERE id = $1`, [rollCallId])) as Array<{
      opened_by: string;
      closed_by: string;
      year: number;
    }>;
    expect(row).toEqual({ opened_by: staff.id, closed_by: staff.id, year: YEAR });
    expect(await announced(rollCallId)).toEqual([expect.objectContaining({ outcome: 'passed', yes: 2 })]);
    expect(await sweep()).not.toHaveProperty(`roll-call:${scheduled.id}`);
  });

  it('a roll call opened with a closing time closes by itself; one closed by hand first is not closed again', async () => {
    const { openRollCall } = await ok<{ openRollCall: { id: string; status: string; closesAt: string } }>(
      Q.open,
      { input: { bodyCode: BODY, title: 'Adjourn on time', closesAt: inSeconds(2) } },
      staff.token,
    );
    expect(openRollCall.closesAt).not.toBeNull();
    const early = await ok<{ openRollCall: { id: string } }>(
      Q.open,
      { input: { bodyCode: BODY, title: 'Adjourn early', closesAt: inSeconds(2) } },
      staff.token,
    );
    await ok(Q.close, { id: early.openRollCall.id }, staff.token);

    const deadline = Date.now() + 20_000;
    while ((await ok<{ rollCall: { status: string } }>(Q.rollCall, { id: openRollCall.id })).rollCall.status !== 'CLOSED') {
      if (Date.now() > deadline) throw new Error('never closed on time');
      await delay(200);
    }
    await delay(500);
    expect(await announced(openRollCall.id)).toEqual([expect.objectContaining({ outcome: 'no-quorum' })]);
    expect(await announced(early.openRollCall.id)).toHaveLength(1);
  });

  it('takes no vote once its scheduled closing time passed, even before the closing job ran (Redis down then)', async () => {
    const { openRollCall } = await ok<{ openRollCall: { id: string } }>(
      Q.open,
      { input: { bodyCode: BODY, title: 'Close while Redis is down', closesAt: inSeconds(3600) } },
      staff.token,
    );
    const [first, second] = members;
    if (!first || !second) throw new Error('the body needs two members');
    await ok(Q.cast, { input: { rollCallId: openRollCall.id, choice: 'YES' } }, first.token);
    // The closing job is an hour away; the stored closing time passes now, as it does when the job cannot run.
    await testApp.dataSource.query(`UPDATE voting.roll_call_schedule SET closes_at = now() - interval '1 second' WHERE roll_call_id = $1`, [openRollCall.id]);
    expect((await ok<{ rollCall: { status: string } }>(Q.rollCall, { id: openRollCall.id })).rollCall.status).toBe('OPEN');
    expect(codeOf(await testApp.gql(Q.cast, { input: { rollCallId: openRollCall.id, choice: 'NO' } }, { token: second.token }))).toBe(ErrorCode.VOTING_CLOSED);
    expect(codeOf(await testApp.gql(Q.cast, { input: { rollCallId: openRollCall.id, choice: 'NO' } }, { token: first.token }))).toBe(ErrorCode.VOTING_CLOSED);
    await ok(Q.close, { id: openRollCall.id }, staff.token);
    expect((await ok<{ rollCall: { yes: number; no: number } }>(Q.rollCall, { id: openRollCall.id })).rollCall).toMatchObject({ yes: 1, no: 0 });
  });

  it('moves the closing time of an open roll call, and refuses one in the past or for a closed roll call', async () => {
    const { openRollCall } = await ok<{ openRollCall: { id: string } }>(Q.open, { input: { bodyCode: BODY, title: 'Take up the bear question' } }, staff.token);
    const later = inSeconds(3_600);
    const moved = await ok<{ scheduleRollCallClose: { closesAt: string } }>(Q.scheduleClose, { id: openRollCall.id, closesAt: later }, staff.token);
    expect(moved.scheduleRollCallClose.closesAt).toBe(later);
    expect(codeOf(await testApp.gql(Q.scheduleClose, { id: openRollCall.id, closesAt: inSeconds(-1) }, { token: staff.token }))).toBe(ErrorCode.BAD_USER_INPUT);
    await ok(Q.close, { id: openRollCall.id }, staff.token);
    expect(codeOf(await testApp.gql(Q.scheduleClose, { id: openRollCall.id, closesAt: later }, { token: staff.token }))).toBe(ErrorCode.CONFLICT);
  });

  it('cancels a roll call that has not opened: it never opens, and a second cancel is CONFLICT', async () => {
    const scheduled = await schedule({ bodyCode: BODY, title: 'A motion withdrawn', opensAt: inSeconds(1) });
    const { cancelScheduledRollCall } = await ok<{ cancelScheduledRollCall: { status: string } }>(Q.cancel, { id: scheduled.id }, staff.token);
    expect(cancelScheduledRollCall.status).toBe('CANCELLED');
    await delay(2_000);
    expect(await scheduleById(scheduled.id)).toMatchObject({ status: 'CANCELLED', rollCallId: null });
    expect(codeOf(await testApp.gql(Q.cancel, { id: scheduled.id }, { token: staff.token }))).toBe(ErrorCode.CONFLICT);
  });

  it('fails with the reason, opening nothing, when the body has no members at its time', async () => {
    const scheduled = await schedule({ bodyCode: 'committee-nobody-sits-on-2073', title: 'An empty committee', opensAt: inSeconds(1) });
    const failed = await waitForSchedule(scheduled.id, (found) => found?.status === 'FAILED');
    expect(failed.failure).toContain('has no members in office');
    expect(failed.rollCallId).toBeNull();
  });
});

describe('the sweep behind the jobs', () => {
  it('opens and closes a schedule whose jobs were never queued (Redis was down when it was set)', async () => {
    // Written straight to the database, as if scheduling had found Redis down: no job exists.
    const motion = {
      bodyCode: BODY,
      title: 'Swept open',
      questionId: null,
      resolutionId: null,
      threshold: { kind: 'majority', numerator: null, denominator: null },
      quorum: 1,
    };
    const [{ id }] = (await testApp.dataSource.query(
      `INSERT INTO voting.roll_call_schedule (motion, opens_at, closes_at, status, scheduled_by)
       VALUES ($1, now() - interval '1 minute', now() + interval '1 hour', 'waiting', $2) RETURNING id`,
      [JSON.stringify(motion), staff.id],
    )) as [{ id: string }];
    expect(await sweep()).toMatchObject({ [`roll-call:${id}`]: 'opened' });
    expect(await sweep()).not.toHaveProperty(`roll-call:${id}`); // nothing due twice
    const opened = await scheduleById(id);
    expect(opened?.rollCall).toMatchObject({ status: 'OPEN' });

    await testApp.dataSource.query(`UPDATE voting.roll_call_schedule SET closes_at = now() - interval '1 second' WHERE id = $1`, [id]);
    expect(await sweep()).toMatchObject({ [`roll-call:${id}`]: 'closed' });
    expect(await scheduleById(id)).toMatchObject({ status: 'CLOSED', rollCall: { status: 'CLOSED', outcome: 'NO_QUORUM' } });
    expect(await announced(opened?.rollCallId as string)).toHaveLength(1);
  });

  it('does not open a roll call whose whole window passed while nothing ran: nobody is recorded absent', async () => {
    const motion = {
      bodyCode: BODY,
      title: 'Swept too late',
      questionId: null,
      resolutionId: null,
      threshold: { kind: 'majority', numerator: null, denominator: null },
      quorum: null,
    };
    const [{ id }] = (await testApp.dataSource.query(
      `INSERT INTO voting.roll_call_schedule (motion, opens_at, closes_at, status, scheduled_by)
       VALUES ($1, now() - interval '1 hour', now() - interval '1 minute', 'waiting', $2) RETURNING id`,
      [JSON.stringify(motion), staff.id],
    )) as [{ id: string }];
    expect(await sweep()).toMatchObject({ [`roll-call:${id}`]: 'missed' });
    const missed = await scheduleById(id);
    expect(missed).toMatchObject({ status: 'MISSED', rollCallId: null });
    expect(missed?.failure).toContain('passed before it could open');
  });
});
