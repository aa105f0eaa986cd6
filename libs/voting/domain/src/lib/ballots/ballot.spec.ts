import fc from 'fast-check';
import { checkBallot, decodeAnswers, encodeAnswers, normalizeReceipt, receiptFromBytes, RECEIPT_ALPHABET, type BallotQuestion } from './ballot';

const statewide: BallotQuestion = { id: 'a0000000-0000-4000-8000-000000000001', position: 1, countyCode: null, choices: ['yes', 'no', 'abstain'] };
const local: BallotQuestion = { id: 'a0000000-0000-4000-8000-000000000002', position: 2, countyCode: '55025', choices: ['yes', 'no', 'abstain'] };
const other: BallotQuestion = { id: 'a0000000-0000-4000-8000-000000000003', position: 3, countyCode: '55001', choices: ['yes', 'no', 'abstain'] };
const ranked: BallotQuestion = { id: 'a0000000-0000-4000-8000-000000000004', position: 5, countyCode: null, choices: ['red', 'green'] };
const questions = new Map([statewide, local, other, ranked].map((q) => [q.id, q]));

describe('answer encoding', () => {
  it('stores one byte per position, 0 for unanswered', () => {
    const bytes = encodeAnswers(
      new Map([
        [1, 0],
        [3, 2],
      ]),
    );
    expect([...bytes]).toEqual([1, 0, 3]);
    expect(decodeAnswers(bytes)).toEqual([
      { position: 1, choice: 0 },
      { position: 3, choice: 2 },
    ]);
  });

  it('round-trips any answers', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.integer({ min: 1, max: 255 }).map(String), fc.integer({ min: 0, max: 9 })), (dict) => {
        const map = new Map(Object.entries(dict).map(([p, c]) => [Number(p), c]));
        const decoded = decodeAnswers(encodeAnswers(map));
        expect(new Map(decoded.map((a) => [a.position, a.choice]))).toEqual(map);
      }),
    );
  });

  it('refuses positions beyond a byte', () => {
    expect(() => encodeAnswers(new Map([[256, 0]]))).toThrow();
  });
});

describe('checkBallot', () => {
  it('accepts statewide and own-county answers, partial ballots included', () => {
    const result = checkBallot(
      '55025',
      [
        { questionId: local.id, choice: 'No' },
        { questionId: ranked.id, choice: 'green' },
      ],
      questions,
    );
    expect(result).toEqual({ ok: true, answers: new Uint8Array([0, 2, 0, 0, 2]), questionsAnswered: 2 });
  });

  it("refuses another county's question as not eligible", () => {
    expect(checkBallot('55025', [{ questionId: other.id, choice: 'yes' }], questions)).toMatchObject({
      ok: false,
      reason: 'other-county',
      problem: { field: 'answers.0.questionId' },
    });
  });

  it('refuses unknown questions, unknown choices, duplicates and empty ballots', () => {
    expect(checkBallot('55025', [{ questionId: 'a0000000-0000-4000-8000-000000000009', choice: 'yes' }], questions)).toMatchObject({ reason: 'bad-input' });
    expect(checkBallot('55025', [{ questionId: statewide.id, choice: 'maybe' }], questions)).toMatchObject({
      reason: 'bad-input',
      problem: { field: 'answers.0.choice' },
    });
    expect(
      checkBallot(
        '55025',
        [
          { questionId: statewide.id, choice: 'yes' },
          { questionId: statewide.id, choice: 'no' },
        ],
        questions,
      ),
    ).toMatchObject({ reason: 'bad-input', problem: { field: 'answers.1.questionId' } });
    expect(checkBallot('55025', [], questions)).toMatchObject({ reason: 'bad-input', problem: { field: 'answers' } });
  });
});

describe('receipts', () => {
  it('are 12 base32 characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 12, maxLength: 12 }), (bytes) => {
        const receipt = receiptFromBytes(bytes);
        expect(receipt).toHaveLength(12);
        expect([...receipt].every((c) => RECEIPT_ALPHABET.includes(c))).toBe(true);
        expect(normalizeReceipt(receipt.toLowerCase().replace(/(.{4})/g, '$1-'))).toBe(receipt);
      }),
    );
  });

  it('normalize to null when they cannot be one', () => {
    expect(normalizeReceipt('ABC')).toBeNull();
    expect(normalizeReceipt('ABCDEFGHIJK1')).toBeNull();
  });
});
