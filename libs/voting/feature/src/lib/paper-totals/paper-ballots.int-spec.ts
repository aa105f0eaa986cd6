import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@civic/contracts';
import { codeOf, dataOf } from '@civic/testing';
import { issuePaperBallots, residentOf, startVotingTestApp, type VotingTestApp } from '../../testing/voting-test-app';

/**
 * Paper ballots are issued to people: one vote per person whatever the channel (online then
 * paper, paper then online, in the room), a refusal at the door that says how the person
 * already voted, and confirmed paper totals never above the papers handed out. Year 2066 and
 * counties 99871–99872 are this file's own; its tests run in order.
 */
const YEAR = 2066;
const HOME = '99871';
const NEIGHBOUR = '99872';

const Q = {
  issue: `mutation ($input: IssuePaperBallotInput!) { issuePaperBallot(input: $input) { year accountId countyCode county { code } paperBallotsIssued } }`,
  cast: `mutation ($input: CastBallotInput!) { castBallot(input: $input) { receipt channel } }`,
  enter: `mutation ($input: EnterQuestionnairePaperTotalsInput!) { enterQuestionnairePaperTotals(input: $input) { paperBallotsIssued totals { yes confirmedBy } } }`,
  confirm: `mutation ($input: ConfirmQuestionnairePaperTotalsInput!) { confirmQuestionnairePaperTotals(input: $input) { paperBallotsIssued totals { confirmedBy } } }`,
  read: `query ($year: Int!, $county: String!) { questionnairePaperTotals(year: $year, countyCode: $county) { paperBallotsIssued totals { confirmedBy } } }`,
};

let testApp: VotingTestApp;
let staff: string;
let secondStaff: string;
let questionId: string;

async function sql<T>(query: string, parameters: unknown[] = []): Promise<T[]> {
  return (await testApp.dataSource.query(query, parameters)) as T[];
}

/** A person checked in with a vote at the county's meeting (and, optionally, already a verified resident there). */
async function attendee(countyCode: string, resident = false): Promise<{ id: string; token: string }> {
  const person = resident ? await residentOf(testApp, countyCode) : { id: randomUUID(), token: '' };
  await sql(`INSERT INTO voting.meeting_attendee (meeting_id, account_id, year, county_code, with_vote, checked_in_at) VALUES ($1, $2, $3, $4, true, now())`, [
    randomUUID(),
    person.id,
    YEAR,
    countyCode,
  ]);
  return { id: person.id, token: person.token || (await testApp.issuer.sign({ accountId: person.id, roles: ['resident'] })) };
}

function issue(accountId: string, token = staff) {
  return testApp.gql<{ issuePaperBallot: { countyCode: string; paperBallotsIssued: number } }>(Q.issue, { input: { year: YEAR, accountId } }, { token });
}

function cast(token: string, channel = 'ONLINE') {
  return testApp.gql(Q.cast, { input: { year: YEAR, channel, answers: [{ questionId, choice: 'yes' }] } }, { token });
}

async function voterRows(accountId: string) {
  return sql<{ channel: string }>(
    `SELECT v.channel FROM voting.questionnaire_voter v JOIN voting.questionnaire q ON q.id = v.questionnaire_id WHERE q.year = $1 AND v.account_id = $2`,
    [YEAR, accountId],
  );
}

async function issuedIn(countyCode: string): Promise<number> {
  const [row] = await sql<{ issued: number }>(
    `SELECT i.issued FROM voting.paper_ballot_issue i JOIN voting.questionnaire q ON q.id = i.questionnaire_id WHERE q.year = $1 AND i.county_code = $2`,
    [YEAR, countyCode],
  );
  return row?.issued ?? 0;
}

beforeAll(async () => {
  testApp = await startVotingTestApp();
  staff = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['staff'] });
  secondStaff = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['staff'] });
  const added = dataOf<{ addQuestionnaireQuestion: { id: string } }>(
    await testApp.gql(
      `mutation ($input: AddQuestionnaireQuestionInput!) { addQuestionnaireQuestion(input: $input) { id } }`,
      { input: { year: YEAR, source: 'AGENCY', text: 'Should paper ballots count?' } },
      { token: staff },
    ),
  );
  questionId = added.addQuestionnaireQuestion.id;
});

afterAll(async () => {
  await testApp?.close();
});

describe('issuing a paper ballot', () => {
  it('is VOTING_CLOSED before the questionnaire opens, and records nothing', async () => {
    const person = await attendee(HOME);
    expect(codeOf(await issue(person.id))).toBe(ErrorCode.VOTING_CLOSED);
    expect(await voterRows(person.id)).toEqual([]);
    dataOf(await testApp.gql(`mutation ($year: Int!) { openQuestionnaire(year: $year) { status } }`, { year: YEAR }, { token: staff }));
  });

  it('is for staff only: anonymous UNAUTHENTICATED, a resident FORBIDDEN', async () => {
    const person = await attendee(HOME);
    expect(codeOf(await testApp.gql(Q.issue, { input: { year: YEAR, accountId: person.id } }))).toBe(ErrorCode.UNAUTHENTICATED);
    expect(codeOf(await issue(person.id, person.token))).toBe(ErrorCode.FORBIDDEN);
    expect(await voterRows(person.id)).toEqual([]);
  });

  it('is for a clerk of the attendee’s county, not of another: FORBIDDEN, and nothing is recorded', async () => {
    const person = await attendee(NEIGHBOUR);
    const otherClerk = await testApp.issuer.sign({ roles: ['resident', 'clerk'], clerkOf: [HOME] });
    expect(codeOf(await issue(person.id, otherClerk))).toBe(ErrorCode.FORBIDDEN);
    const observer = await testApp.issuer.sign({ roles: ['resident', 'observer'] });
    expect(codeOf(await issue(person.id, observer))).toBe(ErrorCode.FORBIDDEN);
    expect(await voterRows(person.id)).toEqual([]);
    const clerk = await testApp.issuer.sign({ roles: ['resident', 'clerk'], clerkOf: [NEIGHBOUR] });
    expect(dataOf(await issue(person.id, clerk)).issuePaperBallot.countyCode).toBe(NEIGHBOUR);
    expect(await voterRows(person.id)).toEqual([{ channel: 'paper' }]);
  });

  it('paper, then online or in the room: one vote, ALREADY_VOTED; the person is recorded with channel paper and no ballot row is written', async () => {
    const person = await attendee(HOME, true);
    const [ballotsBefore] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM voting.ballot`);
    const issued = dataOf(await issue(person.id));
    expect(issued.issuePaperBallot).toMatchObject({ countyCode: HOME, paperBallotsIssued: 1 });
    expect(await voterRows(person.id)).toEqual([{ channel: 'paper' }]);
    expect(codeOf(await cast(person.token))).toBe(ErrorCode.ALREADY_VOTED);
    expect(codeOf(await cast(person.token, 'IN_ROOM'))).toBe(ErrorCode.ALREADY_VOTED);
    const again = await issue(person.id);
    expect(codeOf(again)).toBe(ErrorCode.ALREADY_VOTED);
    expect(again.errors?.[0]?.extensions?.['channel']).toBe('paper');
    const [ballotsAfter] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM voting.ballot`);
    expect(ballotsAfter?.n).toBe(ballotsBefore?.n);
    expect(await issuedIn(HOME)).toBe(1);
  });

  it('online, then at the door: told they already voted online, and no paper ballot is issued', async () => {
    const person = await attendee(HOME, true);
    dataOf(await cast(person.token));
    const refused = await issue(person.id);
    expect(codeOf(refused)).toBe(ErrorCode.ALREADY_VOTED);
    expect(refused.errors?.[0]?.extensions?.['channel']).toBe('online');
    expect(refused.errors?.[0]?.message).toMatch(/already voted .*\(online\)/);
    expect(await voterRows(person.id)).toEqual([{ channel: 'online' }]);
    expect(await issuedIn(HOME)).toBe(1);
  });

  it('refuses someone not checked in with a vote, or checked in at another county than their own (NOT_ELIGIBLE)', async () => {
    const stranger = randomUUID();
    expect(codeOf(await issue(stranger))).toBe(ErrorCode.NOT_ELIGIBLE);
    const guest = randomUUID();
    await sql(
      `INSERT INTO voting.meeting_attendee (meeting_id, account_id, year, county_code, with_vote, checked_in_at) VALUES ($1, $2, $3, $4, false, now())`,
      [randomUUID(), guest, YEAR, HOME],
    );
    expect(codeOf(await issue(guest))).toBe(ErrorCode.NOT_ELIGIBLE);
    const elsewhere = await residentOf(testApp, NEIGHBOUR);
    await sql(
      `INSERT INTO voting.meeting_attendee (meeting_id, account_id, year, county_code, with_vote, checked_in_at) VALUES ($1, $2, $3, $4, true, now())`,
      [randomUUID(), elsewhere.id, YEAR, HOME],
    );
    expect(codeOf(await issue(elsewhere.id))).toBe(ErrorCode.NOT_ELIGIBLE);
    expect(codeOf(await issue('not-a-uuid'))).toBe(ErrorCode.BAD_USER_INPUT);
    for (const id of [stranger, guest, elsewhere.id]) expect(await voterRows(id)).toEqual([]);
  });

  it('a paper ballot and an online ballot of one person at the same moment: exactly one succeeds', async () => {
    for (let round = 0; round < 5; round += 1) {
      const person = await attendee(NEIGHBOUR, true);
      const before = await issuedIn(NEIGHBOUR);
      const outcomes = await Promise.all([issue(person.id), cast(person.token), issue(person.id), cast(person.token)]);
      const succeeded = outcomes.filter((outcome) => !outcome.errors);
      expect(succeeded).toHaveLength(1);
      expect(outcomes.filter((outcome) => codeOf(outcome) === ErrorCode.ALREADY_VOTED)).toHaveLength(3);
      const rows = await voterRows(person.id);
      expect(rows).toHaveLength(1);
      expect(await issuedIn(NEIGHBOUR)).toBe(before + (rows[0]?.channel === 'paper' ? 1 : 0));
    }
  });
});

describe('paper totals against the papers issued', () => {
  it('confirmed totals above the papers issued in the county are PAPER_TOTALS_EXCEED_ISSUED, and nothing is confirmed', async () => {
    await issuePaperBallots(testApp, { year: YEAR, countyCode: HOME, count: 9, staffToken: staff });
    expect(await issuedIn(HOME)).toBe(10);
    const entered = dataOf<{ enterQuestionnairePaperTotals: { paperBallotsIssued: number } }>(
      await testApp.gql(Q.enter, { input: { year: YEAR, countyCode: HOME, totals: [{ questionId, yes: 6, no: 4, abstain: 1 }] } }, { token: staff }),
    );
    // Entering shows the ceiling; the four-eyes confirmation enforces it.
    expect(entered.enterQuestionnairePaperTotals.paperBallotsIssued).toBe(10);
    const refused = await testApp.gql(Q.confirm, { input: { year: YEAR, countyCode: HOME } }, { token: secondStaff });
    expect(codeOf(refused)).toBe(ErrorCode.PAPER_TOTALS_EXCEED_ISSUED);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ countyCode: HOME, paperBallotsIssued: 10, questionIds: [questionId] });
    const read = dataOf<{ questionnairePaperTotals: { totals: Array<{ confirmedBy: string | null }> } }>(
      await testApp.gql(Q.read, { year: YEAR, county: HOME }, { token: staff }),
    );
    expect(read.questionnairePaperTotals.totals.map((line) => line.confirmedBy)).toEqual([null]);
  });

  it('totals up to the papers issued (blanks allowed) are confirmed', async () => {
    dataOf(await testApp.gql(Q.enter, { input: { year: YEAR, countyCode: HOME, totals: [{ questionId, yes: 6, no: 3, abstain: 1 }] } }, { token: staff }));
    const confirmed = dataOf<{ confirmQuestionnairePaperTotals: { paperBallotsIssued: number; totals: Array<{ confirmedBy: string | null }> } }>(
      await testApp.gql(Q.confirm, { input: { year: YEAR, countyCode: HOME } }, { token: secondStaff }),
    );
    expect(confirmed.confirmQuestionnairePaperTotals.paperBallotsIssued).toBe(10);
    expect(confirmed.confirmQuestionnairePaperTotals.totals.every((line) => line.confirmedBy !== null)).toBe(true);
  });

  it('a clerk enters and confirms their own county’s totals only; an observer reads them and changes nothing', async () => {
    const otherClerk = await testApp.issuer.sign({ roles: ['resident', 'clerk'], clerkOf: [NEIGHBOUR] });
    expect(
      codeOf(
        await testApp.gql(Q.enter, { input: { year: YEAR, countyCode: HOME, totals: [{ questionId, yes: 1, no: 0, abstain: 0 }] } }, { token: otherClerk }),
      ),
    ).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(await testApp.gql(Q.read, { year: YEAR, county: HOME }, { token: otherClerk }))).toBe(ErrorCode.FORBIDDEN);
    const observer = await testApp.issuer.sign({ roles: ['resident', 'observer'] });
    expect(
      dataOf<{ questionnairePaperTotals: { paperBallotsIssued: number } }>(await testApp.gql(Q.read, { year: YEAR, county: HOME }, { token: observer }))
        .questionnairePaperTotals.paperBallotsIssued,
    ).toBe(10);
    expect(codeOf(await testApp.gql(Q.confirm, { input: { year: YEAR, countyCode: NEIGHBOUR } }, { token: observer }))).toBe(ErrorCode.FORBIDDEN);
    const clerk = await testApp.issuer.sign({ roles: ['resident', 'clerk'], clerkOf: [NEIGHBOUR] });
    const entered = await testApp.gql(
      Q.enter,
      { input: { year: YEAR, countyCode: NEIGHBOUR, totals: [{ questionId, yes: 0, no: 0, abstain: 0 }] } },
      { token: clerk },
    );
    expect(entered.errors).toBeUndefined();
  });

  it('a county that issued no paper ballot cannot confirm any paper total', async () => {
    const third = '99873';
    dataOf(await testApp.gql(Q.enter, { input: { year: YEAR, countyCode: third, totals: [{ questionId, yes: 1, no: 0, abstain: 0 }] } }, { token: staff }));
    expect(codeOf(await testApp.gql(Q.confirm, { input: { year: YEAR, countyCode: third } }, { token: secondStaff }))).toBe(
      ErrorCode.PAPER_TOTALS_EXCEED_ISSUED,
    );
  });
});
