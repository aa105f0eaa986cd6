import { checkPaperTotals, mayConfirmPaperTotals, questionsAboveIssued, type PaperTotalsQuestion } from './paper-totals';

const statewide: PaperTotalsQuestion = { id: 'q-state', countyCode: null, choices: ['yes', 'no', 'abstain'] };
const local: PaperTotalsQuestion = { id: 'q-dane', countyCode: '55025', choices: ['yes', 'no', 'abstain'] };
const seasons: PaperTotalsQuestion = { id: 'q-season', countyCode: null, choices: ['spring', 'fall'] };
const questions = new Map([statewide, local, seasons].map((question) => [question.id, question]));

describe('checkPaperTotals', () => {
  it('accepts yes / no / abstain for statewide and own-county questions', () => {
    expect(
      checkPaperTotals(
        '55025',
        [
          { questionId: 'q-state', yes: 10, no: 2, abstain: 0 },
          { questionId: 'q-dane', yes: 1, no: 0, abstain: 3 },
        ],
        questions,
      ),
    ).toEqual({
      ok: true,
      lines: [
        { questionId: 'q-state', counts: { yes: 10, no: 2, abstain: 0 } },
        { questionId: 'q-dane', counts: { yes: 1, no: 0, abstain: 3 } },
      ],
    });
  });

  it('accepts counts per choice for another choice set', () => {
    const result = checkPaperTotals(
      '55025',
      [
        {
          questionId: 'q-season',
          counts: [
            { choice: 'FALL', count: 2 },
            { choice: 'spring', count: 7 },
          ],
        },
      ],
      questions,
    );
    expect(result).toEqual({ ok: true, lines: [{ questionId: 'q-season', counts: { spring: 7, fall: 2 } }] });
  });

  it("refuses a county-local question's totals from another county", () => {
    expect(checkPaperTotals('55001', [{ questionId: 'q-dane', yes: 1, no: 0, abstain: 0 }], questions)).toEqual({
      ok: false,
      problem: { field: 'totals.0.questionId', message: expect.stringContaining('local to county 55025') },
    });
  });

  it.each([
    ['an unknown question', [{ questionId: 'q-nope', yes: 1, no: 0, abstain: 0 }], 'totals.0.questionId'],
    [
      'a question twice',
      [
        { questionId: 'q-state', yes: 1, no: 0, abstain: 0 },
        { questionId: 'q-state', yes: 1, no: 0, abstain: 0 },
      ],
      'totals.1.questionId',
    ],
    ['a negative count', [{ questionId: 'q-state', yes: -1, no: 0, abstain: 0 }], 'totals.0.yes'],
    ['a fractional count', [{ questionId: 'q-state', yes: 1, no: 0.5, abstain: 0 }], 'totals.0.no'],
    ['a huge count', [{ questionId: 'q-state', yes: 10_000_001, no: 0, abstain: 0 }], 'totals.0.yes'],
    ['a missing choice', [{ questionId: 'q-state', yes: 1, no: 0 }], 'totals.0'],
    ['yes / no for another choice set', [{ questionId: 'q-season', yes: 1, no: 0 }], 'totals.0.yes'],
    ['both forms at once', [{ questionId: 'q-state', yes: 1, counts: [{ choice: 'no', count: 1 }] }], 'totals.0'],
    [
      'a choice counted twice',
      [
        {
          questionId: 'q-season',
          counts: [
            { choice: 'fall', count: 1 },
            { choice: 'fall', count: 1 },
          ],
        },
      ],
      'totals.0.counts.1.choice',
    ],
    ['nothing at all', [], 'totals'],
  ])('refuses %s, naming the field', (_case, lines, field) => {
    const result = checkPaperTotals('55025', lines, questions);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.field).toBe(field);
  });

  it('refuses a malformed county code', () => {
    expect(checkPaperTotals('55 025', [{ questionId: 'q-state', yes: 1, no: 0, abstain: 0 }], questions)).toMatchObject({
      ok: false,
      problem: { field: 'countyCode' },
    });
  });
});

describe('mayConfirmPaperTotals', () => {
  it('needs a second person', () => {
    expect(mayConfirmPaperTotals('6F1C1B0E-3B6F-4C55-9A37-1D2F0C7E9A10', '6f1c1b0e-3b6f-4c55-9a37-1d2f0c7e9a10')).toBe(false);
    expect(mayConfirmPaperTotals('6f1c1b0e-3b6f-4c55-9a37-1d2f0c7e9a10', '7f1c1b0e-3b6f-4c55-9a37-1d2f0c7e9a10')).toBe(true);
  });
});

describe('questionsAboveIssued', () => {
  const line = (questionId: string, yes: number, no: number, abstain: number) => ({ questionId, counts: { yes, no, abstain } });

  it('accepts totals up to the papers issued, abstentions and blanks included', () => {
    expect(questionsAboveIssued([line('q1', 5, 3, 2), line('q2', 1, 0, 0)], 10)).toEqual([]);
  });

  it('names every question counting more papers than were issued', () => {
    expect(questionsAboveIssued([line('q1', 5, 3, 3), line('q2', 4, 4, 2), line('q3', 0, 0, 12)], 10)).toEqual(['q1', 'q3']);
  });

  it('refuses any paper total where none was issued', () => {
    expect(questionsAboveIssued([line('q1', 0, 0, 0), line('q2', 1, 0, 0)], 0)).toEqual(['q2']);
  });
});
