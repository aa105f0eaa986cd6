import { randomUUID } from 'node:crypto';
import type { ResolutionIntroducedPayload, QuestionApprovedPayload } from '@civic/contracts';
import { ErrorCode } from '@civic/contracts';
import { codeOf, succeedingClient } from '@civic/testing';
import { envelope, residentOf, startVotingTestApp, type VotingTestApp } from '../../testing/voting-test-app';

/**
 * Questionnaires against the harness's PostgreSQL: questions arriving from the resolutions
 * service as events, staff questions, the status machine, and the public and voter views.
 * Years 2071–2073 and counties 99601–99602 are this file's own; its tests run in order.
 */
const YEAR = 2071;
const EMPTY_YEAR = 2072;
const NO_QUESTIONNAIRE_YEAR = 2073;
const HOME = '99601';
const ELSEWHERE = '99602';

let testApp: VotingTestApp;
let ok: ReturnType<typeof succeedingClient>;
let staffToken: string;

const Q = {
  questionnaire: `query ($year: Int!, $county: String) { questionnaire(year: $year) { id year status opensAt closesAt county { code }
    questions(countyCode: $county) { id year position source text background countyCode county { code } resolutionId resolutionNumber choices } } }`,
  mine: `query ($year: Int!) { myQuestionnaire(year: $year) { year county { code } questions { source countyCode resolutionId } } }`,
  add: `mutation ($input: AddQuestionnaireQuestionInput!) { addQuestionnaireQuestion(input: $input) { id position source text background choices countyCode } }`,
  open: `mutation ($year: Int!) { openQuestionnaire(year: $year) { year status opensAt } }`,
  close: `mutation ($year: Int!) { closeQuestionnaire(year: $year) { year status closesAt } }`,
  certify: `mutation ($year: Int!) { certifyQuestionnaire(year: $year) { year status } }`,
};

interface Question {
  id: string;
  position: number;
  source: string;
  text: string;
  background: string;
  countyCode: string | null;
  resolutionId: string | null;
  resolutionNumber: string | null;
  choices: string[];
}

async function questionsOf(year: number, county?: string): Promise<Question[]> {
  const data = await ok<{ questionnaire: { questions: Question[] } | null }>(Q.questionnaire, { year, county });
  return data.questionnaire?.questions ?? [];
}

function introduced(changes: Partial<ResolutionIntroducedPayload> = {}): ResolutionIntroducedPayload {
  return {
    resolutionId: randomUUID(),
    number: `${YEAR}-001`,
    title: 'Restore lake sturgeon spawning runs',
    text: 'The congress asks the agency to restore spawning habitat on the Wolf River.',
    kind: 'advisory',
    countyCode: HOME,
    year: YEAR,
    ...changes,
  };
}

function approved(changes: Partial<QuestionApprovedPayload> = {}): QuestionApprovedPayload {
  return {
    resolutionId: randomUUID(),
    number: `${YEAR - 1}-014`,
    questionText: 'Do you support restoring lake sturgeon spawning habitat on the Wolf River?',
    background: 'Passed in Dane County; the agency found it feasible.',
    questionnaireYear: YEAR,
    route: 'pipeline',
    ...changes,
  };
}

beforeAll(async () => {
  testApp = await startVotingTestApp();
  ok = succeedingClient(testApp.gql);
  staffToken = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['staff'] });
});

afterAll(async () => {
  await testApp?.close();
});

describe('questions from the resolutions pipeline', () => {
  const local = introduced();
  const advisory = approved();

  it("puts an introduced resolution on its county's part of that year's questionnaire, making the questionnaire in draft", async () => {
    expect((await ok<{ questionnaire: null }>(Q.questionnaire, { year: YEAR })).questionnaire).toBeNull();
    expect(await testApp.deliver(envelope('resolutions.introduced', local))).toBe('applied');

    const data = await ok<{ questionnaire: { status: string; questions: Question[] } }>(Q.questionnaire, { year: YEAR });
    expect(data.questionnaire.status).toBe('DRAFT');
    expect(data.questionnaire.questions).toEqual([
      expect.objectContaining({
        position: 1,
        source: 'COUNTY_RESOLUTION',
        text: local.title,
        background: local.text,
        countyCode: HOME,
        county: { code: HOME },
        resolutionId: local.resolutionId,
        resolutionNumber: local.number,
        choices: ['yes', 'no', 'abstain'],
      }),
    ]);
  });

  it('puts an approved advisory question on the statewide part of the year it names', async () => {
    await testApp.deliver(envelope('resolutions.question-approved', advisory));
    const questions = await questionsOf(YEAR);
    expect(questions.map((q) => [q.position, q.source, q.countyCode, q.resolutionId])).toEqual([
      [1, 'COUNTY_RESOLUTION', HOME, local.resolutionId],
      [2, 'ADVISORY', null, advisory.resolutionId],
    ]);
    expect(questions[1]).toMatchObject({ text: advisory.questionText, background: advisory.background, resolutionNumber: advisory.number });
  });

  it('adds each question once, whether the same event is redelivered or the resolution is announced again', async () => {
    const again = envelope('resolutions.introduced', local);
    expect(await testApp.deliver(again)).toBe('applied');
    expect(await testApp.deliver(again)).toBe('duplicate');
    expect(await testApp.deliver(envelope('resolutions.question-approved', advisory))).toBe('applied');
    expect(await questionsOf(YEAR)).toHaveLength(2);
    const [row] = (await testApp.dataSource.query(
      `SELECT count(*)::int AS n FROM voting.questionnaire_question q JOIN voting.questionnaire n ON n.id = q.questionnaire_id WHERE n.year = $1`,
      [YEAR],
    )) as Array<{ n: number }>;
    expect(row?.n).toBe(2);
  });

  it("filters by county: statewide questions and that county's own", async () => {
    await testApp.deliver(envelope('resolutions.introduced', introduced({ countyCode: ELSEWHERE, number: `${YEAR}-002` })));
    expect((await questionsOf(YEAR)).map((q) => q.countyCode)).toEqual([HOME, null, ELSEWHERE]);
    expect((await questionsOf(YEAR, HOME)).map((q) => q.countyCode)).toEqual([HOME, null]);
    expect((await questionsOf(YEAR, ELSEWHERE)).map((q) => q.countyCode)).toEqual([null, ELSEWHERE]);
    expect(codeOf(await testApp.gql(Q.questionnaire, { year: YEAR, county: 'not a county' }))).toBe(ErrorCode.BAD_USER_INPUT);
  });
});

describe('staff questions', () => {
  it('appends agency and board questions with their choices; residents may not', async () => {
    const added = await ok<{ addQuestionnaireQuestion: Question }>(
      Q.add,
      { input: { year: YEAR, source: 'AGENCY', text: '  Should the bag limit for walleye be three?  ', background: 'The agency proposes it.' } },
      staffToken,
    );
    expect(added.addQuestionnaireQuestion).toMatchObject({
      position: 4,
      source: 'AGENCY',
      text: 'Should the bag limit for walleye be three?',
      choices: ['yes', 'no', 'abstain'],
      countyCode: null,
    });
    const board = await ok<{ addQuestionnaireQuestion: Question }>(
      Q.add,
      { input: { year: YEAR, source: 'BOARD', text: 'When should the season open?', choices: ['May', 'june', 'no-change'] } },
      staffToken,
    );
    expect(board.addQuestionnaireQuestion).toMatchObject({ position: 5, choices: ['may', 'june', 'no-change'], background: '' });

    const resident = await residentOf(testApp, HOME);
    expect(codeOf(await testApp.gql(Q.add, { input: { year: YEAR, source: 'AGENCY', text: 'x' } }, { token: resident.token }))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(await testApp.gql(Q.add, { input: { year: YEAR, source: 'AGENCY', text: 'x' } }))).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('refuses bad input with the field named, and changes nothing', async () => {
    const before = await questionsOf(YEAR);
    for (const [input, field] of [
      [{ year: YEAR, source: 'ADVISORY', text: 'Sneak one in?' }, 'source'],
      [{ year: YEAR, source: 'AGENCY', text: '   ' }, 'text'],
      [{ year: YEAR, source: 'AGENCY', text: 'x'.repeat(1_001) }, 'text'],
      [{ year: YEAR, source: 'AGENCY', text: 'Ok?', choices: ['only-one'] }, 'choices'],
      [{ year: 1999, source: 'AGENCY', text: 'Ok?' }, 'year'],
    ] as Array<[Record<string, unknown>, string]>) {
      const result = await testApp.gql(Q.add, { input }, { token: staffToken });
      expect(codeOf(result)).toBe(ErrorCode.BAD_USER_INPUT);
      expect(result.errors?.[0]?.extensions?.['field']).toBe(field);
    }
    expect(await questionsOf(YEAR)).toEqual(before);
  });
});

describe('the questionnaire status machine', () => {
  it('refuses moves from the wrong status with CONFLICT, a missing year with NOT_FOUND, an empty questionnaire with CONFLICT', async () => {
    expect(codeOf(await testApp.gql(Q.open, { year: NO_QUESTIONNAIRE_YEAR }, { token: staffToken }))).toBe(ErrorCode.NOT_FOUND);
    const closeDraft = await testApp.gql(Q.close, { year: YEAR }, { token: staffToken });
    expect(codeOf(closeDraft)).toBe(ErrorCode.CONFLICT);
    expect(closeDraft.errors?.[0]?.message).toMatch(/must be open; this one is draft/);
    expect(codeOf(await testApp.gql(Q.certify, { year: YEAR }, { token: staffToken }))).toBe(ErrorCode.CONFLICT);

    // Only the database can hold an empty questionnaire (every way in through the API adds a question).
    await testApp.dataSource.query(`INSERT INTO voting.questionnaire (year, status) VALUES ($1, 'draft') ON CONFLICT DO NOTHING`, [EMPTY_YEAR]);
    const empty = await testApp.gql(Q.open, { year: EMPTY_YEAR }, { token: staffToken });
    expect(codeOf(empty)).toBe(ErrorCode.CONFLICT);
    expect(empty.errors?.[0]?.message).toMatch(/no questions/);

    const resident = await residentOf(testApp, HOME);
    expect(codeOf(await testApp.gql(Q.open, { year: YEAR }, { token: resident.token }))).toBe(ErrorCode.FORBIDDEN);
  });

  it('opens, then freezes the list for staff, then closes; events still reach it', async () => {
    const opened = await ok<{ openQuestionnaire: { status: string; opensAt: string } }>(Q.open, { year: YEAR }, staffToken);
    expect(opened.openQuestionnaire.status).toBe('OPEN');
    expect(Date.parse(opened.openQuestionnaire.opensAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(codeOf(await testApp.gql(Q.open, { year: YEAR }, { token: staffToken }))).toBe(ErrorCode.CONFLICT);
    expect(codeOf(await testApp.gql(Q.add, { input: { year: YEAR, source: 'AGENCY', text: 'Too late?' } }, { token: staffToken }))).toBe(ErrorCode.CONFLICT);

    // The pipeline decided it: a late resolution is not dropped.
    const late = introduced({ number: `${YEAR}-003` });
    await testApp.deliver(envelope('resolutions.introduced', late));
    expect((await questionsOf(YEAR, HOME)).map((q) => q.resolutionId)).toContain(late.resolutionId);

    const closed = await ok<{ closeQuestionnaire: { status: string; closesAt: string } }>(Q.close, { year: YEAR }, staffToken);
    expect(closed.closeQuestionnaire.status).toBe('CLOSED');
    expect(codeOf(await testApp.gql(Q.close, { year: YEAR }, { token: staffToken }))).toBe(ErrorCode.CONFLICT);
    const notAllCertified = await testApp.gql(Q.certify, { year: YEAR }, { token: staffToken });
    expect(codeOf(notAllCertified)).toBe(ErrorCode.CONFLICT);
    expect(notAllCertified.errors?.[0]?.message).toMatch(/no certified result yet/);
  });
});

describe("a voter's questionnaire", () => {
  it("shows a verified resident the statewide questions and their own county's resolutions", async () => {
    const home = await residentOf(testApp, HOME);
    const mine = await ok<{ myQuestionnaire: { year: number; county: { code: string }; questions: Array<{ countyCode: string | null }> } }>(
      Q.mine,
      { year: YEAR },
      home.token,
    );
    expect(mine.myQuestionnaire.county).toEqual({ code: HOME });
    expect(new Set(mine.myQuestionnaire.questions.map((q) => q.countyCode))).toEqual(new Set([HOME, null]));

    const away = await residentOf(testApp, ELSEWHERE);
    const theirs = await ok<{ myQuestionnaire: { questions: Array<{ countyCode: string | null }> } }>(Q.mine, { year: YEAR }, away.token);
    expect(theirs.myQuestionnaire.questions.map((q) => q.countyCode)).not.toContain(HOME);
    expect(theirs.myQuestionnaire.questions.map((q) => q.countyCode)).toContain(ELSEWHERE);
  });

  it('is refused without a verified residency, and null for a year without a questionnaire', async () => {
    const stranger = await testApp.issuer.sign({ accountId: randomUUID(), roles: ['resident'] });
    expect(codeOf(await testApp.gql(Q.mine, { year: YEAR }, { token: stranger }))).toBe(ErrorCode.NOT_ELIGIBLE);
    expect(codeOf(await testApp.gql(Q.mine, { year: YEAR }))).toBe(ErrorCode.UNAUTHENTICATED);
    const home = await residentOf(testApp, HOME);
    expect((await ok<{ myQuestionnaire: null }>(Q.mine, { year: NO_QUESTIONNAIRE_YEAR }, home.token)).myQuestionnaire).toBeNull();
  });
});
