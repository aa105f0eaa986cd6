import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@civic/contracts';
import { codeOf, dataOf, succeedingClient } from '@civic/testing';
import { paperBallotsHandedOut, startVotingTestApp, type VotingTestApp } from '../../testing/voting-test-app';

/**
 * Delegate roll calls against the harness's PostgreSQL. Delegate seats and body memberships
 * are inserted straight into the assemblies read models (as their events would fill them).
 * Year 2083, counties 99801–99803 and the body 'committee-roll-call-spec' are this file's
 * own; other files' delegates may sit in the convention too, so convention checks look at
 * this file's delegates only. Tests run in order.
 */
const YEAR = 2083;
const A = '99801';
const B = '99802';
const C = '99803';
const BODY = 'committee-roll-call-spec';

let testApp: VotingTestApp;
let ok: ReturnType<typeof succeedingClient>;
let staff: string;
let staffB: string;

interface Delegate {
  id: string;
  name: string;
  county: string | null;
  token: string;
}
const delegates: Record<'d1' | 'd2' | 'd3' | 'd4' | 'd5' | 'd6' | 'outsider', Delegate> = {} as never;
let stranger: Delegate;

const ROLL_CALL = `id bodyCode bodyName title questionId year status quorum electorateSize present yes no abstain conflicts quorumMet passed outcome closedAt
  threshold { kind numerator denominator strict }
  votes { rollCallId account { id } displayName countyCode county { code } seatNumber choice changedAt conflict conflictReason present }
  counties { countyCode members yes no abstain conflicts absent }`;
const VOTE = `rollCallId account { id } displayName countyCode choice conflict conflictReason present changedAt`;

const Q = {
  open: `mutation ($input: OpenRollCallInput!) { openRollCall(input: $input) { ${ROLL_CALL} } }`,
  cast: `mutation ($input: CastRollCallVoteInput!) { castRollCallVote(input: $input) { ${VOTE} } }`,
  conflict: `mutation ($input: DeclareRollCallConflictInput!) { declareRollCallConflict(input: $input) { ${VOTE} } }`,
  close: `mutation ($id: ID!, $requireQuorum: Boolean) { closeRollCall(rollCallId: $id, requireQuorum: $requireQuorum) { ${ROLL_CALL} } }`,
  read: `query ($id: ID!) { rollCall(id: $id) { ${ROLL_CALL} question { id text } } }`,
  list: `query ($body: String, $year: Int, $status: RollCallStatus) { rollCalls(bodyCode: $body, year: $year, status: $status) { id status } }`,
  representation: `query ($id: ID!) { rollCallRepresentation(rollCallId: $id) {
    rollCallId bodyCode question { id } publicResultCertified agreement { compared agreeing rate }
    delegates { account { id } displayName countyCode choice conflict countyYes countyNo countyAbstain countyMajority agrees } } }`,
  body: `query ($body: String!, $year: Int!) { bodyRepresentation(bodyCode: $body, year: $year) {
    bodyCode year agreement { compared agreeing rate }
    rollCalls { rollCallId questionId publicResultCertified agreement { compared agreeing rate } }
    members { account { id } displayName countyCode agreement { compared agreeing rate } } } }`,
};

interface Vote {
  rollCallId: string;
  account: { id: string };
  displayName: string;
  countyCode: string | null;
  choice: string | null;
  conflict: boolean;
  conflictReason: string | null;
  present: boolean;
  changedAt: string | null;
}
interface RollCall {
  id: string;
  bodyCode: string;
  bodyName: string;
  questionId: string | null;
  year: number;
  status: string;
  quorum: number;
  electorateSize: number;
  present: number;
  yes: number;
  no: number;
  abstain: number;
  conflicts: number;
  quorumMet: boolean;
  passed: boolean | null;
  outcome: string | null;
  closedAt: string | null;
  threshold: { kind: string; numerator: number; denominator: number; strict: boolean };
  votes: Vote[];
  counties: Array<{ countyCode: string; members: number; yes: number; no: number; abstain: number; conflicts: number; absent: number }>;
  question?: { id: string; text: string } | null;
}
interface DelegateRepresentation {
  account: { id: string };
  countyCode: string | null;
  choice: string | null;
  countyYes: number;
  countyNo: number;
  countyMajority: string | null;
  agrees: boolean | null;
}

const openRollCall = async (input: Record<string, unknown>) => (await ok<{ openRollCall: RollCall }>(Q.open, { input }, staff)).openRollCall;
const cast = (rollCallId: string, who: Delegate, choice: string) =>
  testApp.gql<{ castRollCallVote: Vote }>(Q.cast, { input: { rollCallId, choice } }, { token: who.token });
const castOk = async (rollCallId: string, who: Delegate, choice: string) => dataOf(await cast(rollCallId, who, choice)).castRollCallVote;
const declare = (rollCallId: string, who: Delegate, reason: string) =>
  testApp.gql<{ declareRollCallConflict: Vote }>(Q.conflict, { input: { rollCallId, reason } }, { token: who.token });
const close = (id: string, requireQuorum?: boolean) => testApp.gql<{ closeRollCall: RollCall }>(Q.close, { id, requireQuorum }, { token: staff });
const read = async (id: string) => (await ok<{ rollCall: RollCall }>(Q.read, { id })).rollCall;
const voteOf = (rollCall: RollCall, who: Delegate) => rollCall.votes.find((vote) => vote.account.id === who.id);
const mine = (rollCall: RollCall) => rollCall.counties.filter((county) => [A, B, C].includes(county.countyCode));

async function seat(who: Delegate, seatNumber: number, active = true): Promise<void> {
  await testApp.dataSource.query(
    `INSERT INTO voting.delegate_seat (tenure_id, account_id, display_name, county_code, seat_number, active, term_start, term_end, changed_at)
     VALUES ($1, $2, $3, $4, $5, $6, '2082-06-01', '2085-05-31', now())`,
    [randomUUID(), who.id, who.name, who.county, seatNumber, active],
  );
}

async function membership(who: Delegate, active = true): Promise<void> {
  await testApp.dataSource.query(
    `INSERT INTO voting.body_member (membership_id, body_code, body_name, account_id, display_name, office, active, term_start, term_end, changed_at)
     VALUES ($1, $2, 'Roll Call Spec Committee', $3, $4, NULL, $5, '2082-06-01', '2085-05-31', now())`,
    [randomUUID(), BODY, who.id, who.name, active],
  );
}

async function history(rollCallId: string, who: Delegate): Promise<Array<[string, string | null]>> {
  const rows = (await testApp.dataSource.query(
    `SELECT action, choice FROM voting.roll_call_vote_change WHERE roll_call_id = $1 AND account_id = $2 ORDER BY id`,
    [rollCallId, who.id],
  )) as Array<{ action: string; choice: string | null }>;
  return rows.map((row) => [row.action, row.choice]);
}

beforeAll(async () => {
  testApp = await startVotingTestApp();
  ok = succeedingClient(testApp.gql);
  staff = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['staff'] });
  staffB = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['staff'] });
  const make = async (name: string, county: string | null): Promise<Delegate> => {
    const id = randomUUID();
    return { id, name, county, token: await testApp.issuer.sign({ accountId: id, roles: ['resident'], displayName: name }) };
  };
  Object.assign(delegates, {
    d1: await make('Ada Adams', A),
    d2: await make('Ben Brook', A),
    d3: await make('Cy Crane', A),
    d4: await make('Dee Dunn', B),
    d5: await make('Eve Elm', B),
    d6: await make('Fay Fox', C),
    outsider: await make('Gus Gale', null),
  });
  stranger = await make('Hal Hope', A);
  const { d1, d2, d3, d4, d5, d6, outsider } = delegates;
  for (const [index, who] of [d1, d2, d3, d4, d5, d6].entries()) await seat(who, (index % 3) + 1);
  // A past tenure: not a delegate in office.
  await seat(stranger, 4, false);
  // The committee: two from A, one from B, and a member who holds no delegate seat; d5 has left it.
  for (const who of [d1, d2, d4, outsider]) await membership(who);
  await membership(d5, false);
});

afterAll(async () => {
  await testApp?.close();
});

describe('a committee roll call', () => {
  let rollCallId: string;

  it('opens on the body’s current members, with their counties, majority and default quorum', async () => {
    const rollCall = await openRollCall({ bodyCode: BODY, title: 'Recommend the bass season change' });
    rollCallId = rollCall.id;
    expect(rollCall).toMatchObject({
      bodyCode: BODY,
      bodyName: 'Roll Call Spec Committee',
      status: 'OPEN',
      electorateSize: 4,
      quorum: 3,
      present: 0,
      quorumMet: false,
      passed: null,
      outcome: null,
      threshold: { kind: 'MAJORITY', numerator: 1, denominator: 2, strict: true },
      year: new Date().getUTCFullYear(),
    });
    const { d1, d2, d4, outsider } = delegates;
    expect(new Set(rollCall.votes.map((vote) => vote.account.id))).toEqual(new Set([d1.id, d2.id, d4.id, outsider.id]));
    expect(voteOf(rollCall, outsider)).toMatchObject({ countyCode: null, choice: null, present: false });
    expect(voteOf(rollCall, d4)).toMatchObject({ countyCode: B, displayName: 'Dee Dunn' });
  });

  it('keeps the electorate it opened with: a member who joins later and a former member are refused NOT_ELIGIBLE', async () => {
    await membership(delegates.d6);
    for (const who of [delegates.d6, delegates.d5, stranger]) expect(codeOf(await cast(rollCallId, who, 'YES'))).toBe(ErrorCode.NOT_ELIGIBLE);
    expect((await read(rollCallId)).electorateSize).toBe(4);
    expect(await testApp.dataSource.query(`SELECT 1 FROM voting.roll_call_vote_change WHERE roll_call_id = $1`, [rollCallId])).toEqual([]);
    await testApp.dataSource.query(`UPDATE voting.body_member SET active = false WHERE body_code = $1 AND account_id = $2`, [BODY, delegates.d6.id]);
  });

  it('takes named votes that may change until it closes, keeping every change', async () => {
    const { d1, d2, d4, outsider } = delegates;
    expect(await castOk(rollCallId, d1, 'YES')).toMatchObject({ rollCallId, choice: 'YES', present: true, countyCode: A });
    await castOk(rollCallId, d1, 'NO');
    const last = await castOk(rollCallId, d1, 'YES');
    // The same vote again changes nothing.
    expect((await castOk(rollCallId, d1, 'YES')).changedAt).toBe(last.changedAt);
    await castOk(rollCallId, d2, 'NO');
    await castOk(rollCallId, d4, 'ABSTAIN');
    expect(await history(rollCallId, d1)).toEqual([
      ['cast', 'yes'],
      ['changed', 'no'],
      ['changed', 'yes'],
    ]);

    const live = await read(rollCallId);
    expect(live).toMatchObject({ status: 'OPEN', yes: 1, no: 1, abstain: 1, present: 3, quorumMet: true, passed: null });
    await castOk(rollCallId, outsider, 'YES');
  });

  it('closes with the outcome: abstentions count toward quorum but not against the motion', async () => {
    const closed = await close(rollCallId);
    expect(closed.errors).toBeUndefined();
    const rollCall = closed.data?.closeRollCall;
    expect(rollCall).toMatchObject({ status: 'CLOSED', yes: 2, no: 1, abstain: 1, conflicts: 0, present: 4, quorumMet: true, passed: true, outcome: 'PASSED' });
    expect(rollCall?.closedAt).toEqual(expect.any(String));
    expect(rollCall?.counties).toEqual([
      { countyCode: A, members: 2, yes: 1, no: 1, abstain: 0, conflicts: 0, absent: 0 },
      { countyCode: B, members: 1, yes: 0, no: 0, abstain: 1, conflicts: 0, absent: 0 },
    ]);
    expect(await testApp.dataSource.query(`SELECT outcome, yes, no, abstain, present FROM voting.roll_call WHERE id = $1`, [rollCallId])).toEqual([
      { outcome: 'passed', yes: 2, no: 1, abstain: 1, present: 4 },
    ]);
  });

  it('refuses votes after closing with VOTING_CLOSED, and a second close with CONFLICT, changing nothing', async () => {
    const before = await read(rollCallId);
    expect(codeOf(await cast(rollCallId, delegates.d2, 'YES'))).toBe(ErrorCode.VOTING_CLOSED);
    expect(codeOf(await declare(rollCallId, delegates.d2, 'Too late'))).toBe(ErrorCode.VOTING_CLOSED);
    expect(codeOf(await close(rollCallId))).toBe(ErrorCode.CONFLICT);
    expect(await read(rollCallId)).toEqual(before);
  });
});

describe('conflicts of interest and quorum', () => {
  let rollCallId: string;

  it('a declared conflict withdraws the vote already cast, is public, and blocks voting', async () => {
    rollCallId = (await openRollCall({ bodyCode: BODY, title: 'Endorse the Brook family hatchery grant' })).id;
    const { d2 } = delegates;
    await castOk(rollCallId, d2, 'YES');
    const declared = await declare(rollCallId, d2, 'The hatchery belongs to my family.');
    expect(declared.errors).toBeUndefined();
    expect(declared.data?.declareRollCallConflict).toMatchObject({
      choice: null,
      conflict: true,
      conflictReason: 'The hatchery belongs to my family.',
      present: true,
    });

    const refused = await cast(rollCallId, d2, 'NO');
    expect(codeOf(refused)).toBe(ErrorCode.CONFLICT_OF_INTEREST_DECLARED);
    expect(codeOf(await declare(rollCallId, d2, 'Again'))).toBe(ErrorCode.CONFLICT);
    expect(await history(rollCallId, d2)).toEqual([
      ['cast', 'yes'],
      ['withdrawn-for-conflict', null],
    ]);
    expect(codeOf(await declare(rollCallId, delegates.d6, 'Not mine to declare'))).toBe(ErrorCode.NOT_ELIGIBLE);
    expect(codeOf(await declare(rollCallId, delegates.d1, '   '))).toBe(ErrorCode.BAD_USER_INPUT);

    const rollCall = await read(rollCallId);
    expect(voteOf(rollCall, d2)).toMatchObject({ choice: null, conflict: true, present: true });
    expect(rollCall).toMatchObject({ yes: 0, conflicts: 1, present: 1 });
  });

  it('requireQuorum refuses to close without quorum (QUORUM_NOT_MET) and leaves it open', async () => {
    await castOk(rollCallId, delegates.d1, 'YES');
    const refused = await close(rollCallId, true);
    expect(codeOf(refused)).toBe(ErrorCode.QUORUM_NOT_MET);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ present: 2, quorum: 3 });
    expect((await read(rollCallId)).status).toBe('OPEN');
  });

  it('closing without quorum records NO_QUORUM: the motion does not pass, even on a unanimous yes', async () => {
    const closed = await close(rollCallId);
    expect(closed.data?.closeRollCall).toMatchObject({
      status: 'CLOSED',
      yes: 1,
      no: 0,
      conflicts: 1,
      present: 2,
      quorum: 3,
      quorumMet: false,
      passed: false,
      outcome: 'NO_QUORUM',
    });
  });
});

describe('convention roll calls and thresholds', () => {
  it('puts a convention roll call to every delegate in office, fixed when it opens', async () => {
    const rollCall = await openRollCall({ bodyCode: 'convention', title: 'Adopt the two-thirds rule', threshold: { kind: 'TWO_THIRDS' }, quorum: 3 });
    expect(rollCall).toMatchObject({ bodyName: 'Convention', threshold: { kind: 'TWO_THIRDS', numerator: 2, denominator: 3, strict: false }, quorum: 3 });
    const ids = new Set(rollCall.votes.map((vote) => vote.account.id));
    for (const who of [delegates.d1, delegates.d2, delegates.d3, delegates.d4, delegates.d5, delegates.d6]) expect(ids.has(who.id)).toBe(true);
    expect(ids.has(delegates.outsider.id)).toBe(false);
    expect(ids.has(stranger.id)).toBe(false);
    expect(mine(rollCall).map((county) => [county.countyCode, county.members])).toEqual([
      [A, 3],
      [B, 2],
      [C, 1],
    ]);

    // d6 leaves office after the roll call opened: they still vote on it, and nobody new does.
    await testApp.dataSource.query(`UPDATE voting.delegate_seat SET active = false WHERE account_id = $1`, [delegates.d6.id]);
    await castOk(rollCall.id, delegates.d6, 'YES');
    await seat(delegates.d6, 3);

    // Exactly two-thirds of yes + no passes; the abstention does not count against it.
    await castOk(rollCall.id, delegates.d1, 'YES');
    await castOk(rollCall.id, delegates.d4, 'NO');
    await castOk(rollCall.id, delegates.d3, 'ABSTAIN');
    const closed = await close(rollCall.id);
    expect(closed.data?.closeRollCall).toMatchObject({ yes: 2, no: 1, abstain: 1, outcome: 'PASSED', passed: true });
    expect(mine(closed.data?.closeRollCall as RollCall)).toEqual([
      { countyCode: A, members: 3, yes: 1, no: 0, abstain: 1, conflicts: 0, absent: 1 },
      { countyCode: B, members: 2, yes: 0, no: 1, abstain: 0, conflicts: 0, absent: 1 },
      { countyCode: C, members: 1, yes: 1, no: 0, abstain: 0, conflicts: 0, absent: 0 },
    ]);
  });

  it('fails short of two-thirds, and a custom three-quarters threshold the same votes passed at two-thirds', async () => {
    const twoThirds = await openRollCall({ bodyCode: 'convention', title: 'Short of two-thirds', threshold: { kind: 'TWO_THIRDS' }, quorum: 3 });
    const threeQuarters = await openRollCall({
      bodyCode: 'convention',
      title: 'Three-quarters',
      threshold: { kind: 'CUSTOM', numerator: 3, denominator: 4 },
      quorum: 3,
    });
    for (const [who, choice] of [
      [delegates.d1, 'YES'],
      [delegates.d2, 'NO'],
      [delegates.d4, 'NO'],
      [delegates.d5, 'YES'],
      [delegates.d6, 'YES'],
    ] as const) {
      await castOk(twoThirds.id, who, choice);
    }
    for (const [who, choice] of [
      [delegates.d1, 'YES'],
      [delegates.d2, 'YES'],
      [delegates.d4, 'NO'],
    ] as const) {
      await castOk(threeQuarters.id, who, choice);
    }
    expect((await close(twoThirds.id)).data?.closeRollCall).toMatchObject({ yes: 3, no: 2, outcome: 'FAILED', passed: false, quorumMet: true });
    expect((await close(threeQuarters.id)).data?.closeRollCall).toMatchObject({
      yes: 2,
      no: 1,
      outcome: 'FAILED',
      threshold: { kind: 'CUSTOM', numerator: 3, denominator: 4, strict: false },
    });
  });

  it('refuses bad openings with the field named, and anyone but staff', async () => {
    const count = async () => ((await testApp.dataSource.query(`SELECT count(*)::int AS n FROM voting.roll_call`)) as Array<{ n: number }>)[0]?.n;
    const before = await count();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ bodyCode: BODY, title: 'x', quorum: 0 }, 'quorum'],
      [{ bodyCode: BODY, title: 'x', quorum: 5 }, 'quorum'],
      [{ bodyCode: BODY, title: 'x', threshold: { kind: 'CUSTOM', denominator: 4 } }, 'threshold.numerator'],
      [{ bodyCode: BODY, title: 'x', threshold: { kind: 'CUSTOM', numerator: 5, denominator: 4 } }, 'threshold.denominator'],
      [{ bodyCode: BODY, title: 'x', threshold: { kind: 'MAJORITY', numerator: 1, denominator: 2 } }, 'threshold.numerator'],
      [{ bodyCode: 'committee-nobody-sits-on', title: 'x' }, 'bodyCode'],
      [{ bodyCode: 'Not A Code', title: 'x' }, 'bodyCode'],
      [{ bodyCode: BODY, title: '  ' }, 'title'],
      [{ bodyCode: BODY, title: 'x', questionId: 'nope' }, 'questionId'],
    ];
    for (const [input, field] of cases) {
      const result = await testApp.gql(Q.open, { input }, { token: staff });
      expect([field, codeOf(result)]).toEqual([field, ErrorCode.BAD_USER_INPUT]);
      expect(result.errors?.[0]?.extensions?.['field']).toBe(field);
    }
    expect(codeOf(await testApp.gql(Q.open, { input: { bodyCode: BODY, title: 'x', questionId: randomUUID() } }, { token: staff }))).toBe(ErrorCode.NOT_FOUND);
    expect(codeOf(await testApp.gql(Q.open, { input: { bodyCode: BODY, title: 'x' } }, { token: delegates.d1.token }))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(await testApp.gql(Q.cast, { input: { rollCallId: randomUUID(), choice: 'YES' } }))).toBe(ErrorCode.UNAUTHENTICATED);
    expect(await count()).toBe(before);
  });
});

describe('representation', () => {
  let questionId: string;
  let rollCallId: string;

  const enter = (countyCode: string, yes: number, no: number) =>
    ok(
      `mutation ($input: EnterQuestionnairePaperTotalsInput!) { enterQuestionnairePaperTotals(input: $input) { countyCode } }`,
      {
        input: { year: YEAR, countyCode, totals: [{ questionId, yes, no, abstain: 1 }] },
      },
      staff,
    );
  const confirm = async (countyCode: string) => {
    await paperBallotsHandedOut(testApp, YEAR, countyCode, 100);
    return ok(
      `mutation ($input: ConfirmQuestionnairePaperTotalsInput!) { confirmQuestionnairePaperTotals(input: $input) { countyCode } }`,
      { input: { year: YEAR, countyCode } },
      staffB,
    );
  };

  beforeAll(async () => {
    const added = await ok<{ addQuestionnaireQuestion: { id: string } }>(
      `mutation ($input: AddQuestionnaireQuestionInput!) { addQuestionnaireQuestion(input: $input) { id } }`,
      { input: { year: YEAR, source: 'AGENCY', text: 'Should the muskellunge size limit rise to 50 inches?' } },
      staff,
    );
    questionId = added.addQuestionnaireQuestion.id;
    await ok(`mutation ($year: Int!) { openQuestionnaire(year: $year) { status } }`, { year: YEAR }, staff);
    // A: yes by 30 to 10; B: no by 20 to 5; C: a tie, no majority.
    for (const [county, yes, no] of [
      [A, 30, 10],
      [B, 5, 20],
      [C, 7, 7],
    ] as const) {
      await enter(county, yes, no);
      await confirm(county);
    }
  });

  it("sets each delegate's vote beside their county's public result, from the live count before certification", async () => {
    const opened = await openRollCall({ bodyCode: 'convention', title: 'Muskellunge 50-inch limit', questionId, quorum: 6 });
    rollCallId = opened.id;
    expect(opened).toMatchObject({ questionId, year: YEAR });
    expect((await read(rollCallId)).question).toEqual({ id: questionId, text: 'Should the muskellunge size limit rise to 50 inches?' });
    const { d1, d2, d3, d4, d5, d6 } = delegates;
    for (const [who, choice] of [
      [d1, 'YES'],
      [d2, 'NO'],
      [d3, 'ABSTAIN'],
      [d4, 'NO'],
      [d5, 'YES'],
      [d6, 'YES'],
    ] as const) {
      await castOk(rollCallId, who, choice);
    }

    const { rollCallRepresentation } = await ok<{
      rollCallRepresentation: { publicResultCertified: boolean; question: { id: string }; agreement: unknown; delegates: DelegateRepresentation[] };
    }>(Q.representation, { id: rollCallId });
    expect(rollCallRepresentation).toMatchObject({ publicResultCertified: false, question: { id: questionId } });
    const row = (who: Delegate) => rollCallRepresentation.delegates.find((delegate) => delegate.account.id === who.id);
    expect(row(d1)).toMatchObject({ countyCode: A, choice: 'YES', countyYes: 30, countyNo: 10, countyMajority: 'YES', agrees: true });
    expect(row(d2)).toMatchObject({ choice: 'NO', countyMajority: 'YES', agrees: false });
    expect(row(d3)).toMatchObject({ choice: 'ABSTAIN', agrees: null });
    expect(row(d4)).toMatchObject({ countyCode: B, choice: 'NO', countyYes: 5, countyNo: 20, countyMajority: 'NO', agrees: true });
    expect(row(d5)).toMatchObject({ choice: 'YES', agrees: false });
    expect(row(d6)).toMatchObject({ countyCode: C, choice: 'YES', countyMajority: null, agrees: null });
    // Other files' delegates did not vote: only this file's yes / no votes are compared.
    expect(rollCallRepresentation.agreement).toEqual({ compared: 4, agreeing: 2, rate: 0.5 });
  });

  it("rates the body's agreement over its closed linked roll calls, and reads the certified result once there is one", async () => {
    const empty = await ok<{ bodyRepresentation: { rollCalls: unknown[]; agreement: unknown } }>(Q.body, { body: 'convention', year: YEAR });
    expect(empty.bodyRepresentation).toMatchObject({ rollCalls: [], agreement: { compared: 0, agreeing: 0, rate: null } });

    expect((await close(rollCallId)).data?.closeRollCall).toMatchObject({ outcome: 'PASSED', yes: 3, no: 2, abstain: 1 });
    await ok(`mutation ($year: Int!) { closeQuestionnaire(year: $year) { status } }`, { year: YEAR }, staff);
    await ok(`mutation ($input: CertifyQuestionResultInput!) { certifyQuestionResult(input: $input) { id } }`, { input: { questionId } }, staff);

    const { bodyRepresentation } = await ok<{
      bodyRepresentation: {
        bodyCode: string;
        year: number;
        agreement: unknown;
        rollCalls: Array<{ rollCallId: string; publicResultCertified: boolean; agreement: unknown }>;
        members: Array<{ account: { id: string }; countyCode: string | null; agreement: { compared: number; agreeing: number; rate: number | null } }>;
      };
    }>(Q.body, { body: 'convention', year: YEAR });
    expect(bodyRepresentation).toMatchObject({ bodyCode: 'convention', year: YEAR, agreement: { compared: 4, agreeing: 2, rate: 0.5 } });
    expect(bodyRepresentation.rollCalls).toEqual([{ rollCallId, publicResultCertified: true, agreement: { compared: 4, agreeing: 2, rate: 0.5 }, questionId }]);
    const member = (who: Delegate) => bodyRepresentation.members.find((entry) => entry.account.id === who.id)?.agreement;
    expect(member(delegates.d1)).toEqual({ compared: 1, agreeing: 1, rate: 1 });
    expect(member(delegates.d5)).toEqual({ compared: 1, agreeing: 0, rate: 0 });
    expect(member(delegates.d3)).toEqual({ compared: 0, agreeing: 0, rate: null });

    const certified = await ok<{ rollCallRepresentation: { publicResultCertified: boolean; delegates: DelegateRepresentation[] } }>(Q.representation, {
      id: rollCallId,
    });
    expect(certified.rollCallRepresentation.publicResultCertified).toBe(true);
    expect(certified.rollCallRepresentation.delegates.find((delegate) => delegate.account.id === delegates.d4.id)).toMatchObject({
      countyYes: 5,
      countyNo: 20,
      agrees: true,
    });
  });

  it('has nothing to compare for a roll call not linked to a question, and lists roll calls by body and year', async () => {
    const [unlinked] = (await ok<{ rollCalls: Array<{ id: string; status: string }> }>(Q.list, { body: BODY, status: 'CLOSED' })).rollCalls;
    expect(unlinked).toBeDefined();
    expect((await ok<{ rollCallRepresentation: unknown }>(Q.representation, { id: unlinked?.id })).rollCallRepresentation).toBeNull();
    expect((await ok<{ rollCalls: Array<{ id: string }> }>(Q.list, { body: 'convention', year: YEAR })).rollCalls.map((rollCall) => rollCall.id)).toEqual([
      rollCallId,
    ]);
    expect(codeOf(await testApp.gql(Q.representation, { id: randomUUID() }))).toBe(ErrorCode.NOT_FOUND);
  });
});
