import { encodeAnswers as encodeChoices, receiptFromBytes as receiptOf } from '@civic/voting-domain';
import { benchChoice, bulkReceipt } from './ballot-codec';

describe('bench ballot codec', () => {
  it('encodes answers one byte per position', () => {
    expect([
      ...encodeChoices(
        new Map([
          [1, 0],
          [3, 2],
        ]),
      ),
    ]).toEqual([1, 0, 3]);
  });

  it('makes receipts the ballot table accepts, distinct for bulk ballots', () => {
    expect(receiptOf(new Uint8Array(12).fill(31))).toBe('777777777777');
    const receipts = new Set(Array.from({ length: 100_000 }, (_, i) => bulkReceipt(i, 7)));
    expect(receipts.size).toBe(100_000);
    for (const receipt of [...receipts].slice(0, 100)) expect(receipt).toMatch(/^[A-Z2-7]{12}$/);
  });

  it('spreads deterministic choices over every choice', () => {
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[benchChoice(i, (i % 50) + 1, 3)]!++;
    for (const count of counts) expect(count).toBeGreaterThan(9_000);
    expect(benchChoice(5, 7, 3)).toBe(benchChoice(5, 7, 3));
  });
});
