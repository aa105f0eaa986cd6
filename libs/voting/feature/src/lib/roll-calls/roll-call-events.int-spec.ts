import { randomUUID } from 'node:crypto';
import { ErrorCode, type RollCallClosedPayload } from '@civic/contracts';
import { codeOf, succeedingClient } from '@civic/testing';
import { startVotingTestApp, type VotingTestApp } from '../../testing/voting-test-app';

/**
 * Closing a roll call announces it: 'voting.roll-call-closed' is in the outbox, written in
 * the closing transaction, with the named-vote totals and the outcome; a refused closing
 * announces nothing. Year 2079, county 99721 and the body 'committee-roll-call-events-spec'
 * are this file's own.
 */
const YEAR = 2079;
const COUNTY = '99721';
const BODY = 'committee-roll-call-events-spec';

let testApp: VotingTestApp;
let ok: ReturnType<typeof succeedingClient>;
let staff: { id: string; token: string };
const members: Array<{ id: string; token: string }> = [];
let questionId: string;

const OPEN = `mutation ($input: OpenRollCallInput!) { openRollCall(input: $input) { id year quorum } }`;
const CAST = `mutation ($input: CastRollCallVoteInput!) { castRollCallVote(input: $input) { choice } }`;
const CONFLICT = `mutation ($input: DeclareRollCallConflictInput!) { declareRollCallConflict(input: $input) { conflict } }`;
const CLOSE = `mutation ($id: ID!, $requireQuorum: Boolean) { closeRollCall(rollCallId: $id, requireQuorum: $requireQuorum) { id outcome closedAt } }`;

async function announced(rollCallId: string): Promise<RollCallClosedPayload[]> {
  const rows = (await testApp.dataSource.query(
    `SELECT payload FROM voting.outbox_event WHERE name = 'voting.roll-call-closed' AND payload->>'rollCallId' = $1`,
    [rollCallId],
  )) as Array<{
    payload: RollCallClosedPayload;
  }>;
  return rows.map((row) => row.payload);
}

beforeAll(async () => {
  testApp = await startVotingTestApp();
  ok = succeedingClient(testApp.gql);
  const staffId = randomUUID();
  staff = { id: staffId, token: await testApp.issuer.sign({ accountId: staffId, roles: ['staff'] }) };
  for (let seat = 1; seat <= 4; seat += 1) {
    const id = randomUUID();
    members.push({ id, token: await testApp.issuer.sign({ accountId: id, roles: ['resident'] }) });
    await testApp.dataSource.query(
      `INSERT INTO voting.delegate_seat (tenure_id, account_id, display_name, county_code, seat_number, active, term_start, term_end, changed_at)
       VALUES ($1, $2, $3, $4, $5, true, '2078-06-01', '2081-05-31', now())`,
      [randomUUID(), id, `Events Delegate ${seat}`, COUNTY, seat],
    );
    await testApp.dataSource.query(
      `INSERT INTO voting.body_member (membership_id, body_code, body_name, account_id, display_name, office, active, term_start, term_end, changed_at)
       VALUES ($1, $2, 'Roll Call Events Committee', $3, $4, NULL, true, '2078-06-01', '2081-05-31', now())`,
      [randomUUID(), BODY, id, `Events Delegate ${seat}`],
    );
  }
  const added = await ok<{ addQuestionnaireQuestion: { id: string } }>(
    `mutation ($input: AddQuestionnaireQuestionInput!) { addQuestionnaireQuestion(input: $input) { id } }`,
    { input: { year: YEAR, source: 'AGENCY', text: 'Should the 2079 trout season open in April?' } },
    staff.token,
  );
  questionId = added.addQuestionnaireQuestion.id;
});

afterAll(async () => {
  await testApp?.close();
});

describe('closing a roll call announces it', () => {
  it('puts voting.roll-call-closed in the outbox with the totals, outcome, year, question and resolution', async () => {
    const resolutionId = randomUUID();
    const { openRollCall } = await ok<{ openRollCall: { id: string; year: number } }>(
      OPEN,
      { input: { bodyCode: BODY, title: 'Advance the trout resolution', questionId, resolutionId, threshold: { kind: 'TWO_THIRDS' } } },
      staff.token,
    );
    expect(openRollCall.year).toBe(YEAR);
    expect(await announced(openRollCall.id)).toEqual([]);
    const [m1, m2, m3, m4] = members as [(typeof members)[0], (typeof members)[0], (typeof members)[0], (typeof members)[0]];
    await ok(CAST, { input: { rollCallId: openRollCall.id, choice: 'YES' } }, m1.token);
    await ok(CAST, { input: { rollCallId: openRollCall.id, choice: 'YES' } }, m2.token);
    await ok(CAST, { input: { rollCallId: openRollCall.id, choice: 'NO' } }, m3.token);
    await ok(CONFLICT, { input: { rollCallId: openRollCall.id, reason: 'I guide trout anglers for a living.' } }, m4.token);

    const { closeRollCall } = await ok<{ closeRollCall: { outcome: string; closedAt: string } }>(CLOSE, { id: openRollCall.id }, staff.token);
    expect(closeRollCall.outcome).toBe('PASSED');
    expect(await announced(openRollCall.id)).toEqual([
      {
        rollCallId: openRollCall.id,
        bodyCode: BODY,
        bodyName: 'Roll Call Events Committee',
        title: 'Advance the trout resolution',
        year: YEAR,
        resolutionId,
        questionId,
        outcome: 'passed',
        yes: 2,
        no: 1,
        abstain: 0,
        conflicts: 1,
        present: 4,
        quorum: 3,
        electorateSize: 4,
        threshold: { kind: 'two-thirds', numerator: 2, denominator: 3 },
        closedAt: new Date(closeRollCall.closedAt).toISOString(),
      },
    ]);
  });

  it('announces a roll call closed without quorum as no-quorum, and nothing for a refused closing', async () => {
    const { openRollCall } = await ok<{ openRollCall: { id: string } }>(OPEN, { input: { bodyCode: BODY, title: 'Adjourn' } }, staff.token);
    await ok(CAST, { input: { rollCallId: openRollCall.id, choice: 'YES' } }, (members[0] as (typeof members)[0]).token);

    const refused = await testApp.gql(CLOSE, { id: openRollCall.id, requireQuorum: true }, { token: staff.token });
    expect(codeOf(refused)).toBe(ErrorCode.QUORUM_NOT_MET);
    expect(await announced(openRollCall.id)).toEqual([]);

    await ok(CLOSE, { id: openRollCall.id }, staff.token);
    const again = await testApp.gql(CLOSE, { id: openRollCall.id }, { token: staff.token });
    expect(codeOf(again)).toBe(ErrorCode.CONFLICT);
    const events = await announced(openRollCall.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      outcome: 'no-quorum',
      yes: 1,
      no: 0,
      abstain: 0,
      present: 1,
      quorum: 3,
      resolutionId: null,
      questionId: null,
      threshold: { kind: 'majority', numerator: 1, denominator: 2 },
    });
  });
});
