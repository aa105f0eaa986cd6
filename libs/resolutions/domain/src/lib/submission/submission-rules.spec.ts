import fc from 'fast-check';
import { characterCount } from '@civic/util';
import { checkSubmission, WISCONSIN_SUBMISSION_LIMITS } from './submission-rules';

describe('checkSubmission (Wisconsin limits)', () => {
  it('accepts a text of exactly 2,000 characters from a first-time author', () => {
    expect(checkSubmission('a'.repeat(2000), 0, WISCONSIN_SUBMISSION_LIMITS)).toEqual([]);
  });

  it('refuses 2,001 characters and a third resolution in one year', () => {
    expect(checkSubmission('a'.repeat(2001), 2, WISCONSIN_SUBMISSION_LIMITS)).toEqual([
      { rule: 'too-long', length: 2001, max: 2000 },
      { rule: 'yearly-limit-reached', submitted: 2, max: 2 },
    ]);
  });

  it('refuses blank text', () => {
    expect(checkSubmission('   \n', 0, WISCONSIN_SUBMISSION_LIMITS)).toEqual([{ rule: 'empty-text' }]);
  });

  it('counts characters, not UTF-16 code units', () => {
    expect(characterCount('🦌 deer')).toBe(6);
    expect(characterCount('e\u0301')).toBe(1);
  });

  it('never accepts more characters than the limit (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.integer({ min: 1, max: 40 }), (text, max) => {
        const accepted = checkSubmission(text, 0, { maxCharacters: max, maxPerPersonPerYear: 2 }).length === 0;
        return !accepted || characterCount(text.trim()) <= max;
      }),
    );
  });
});
