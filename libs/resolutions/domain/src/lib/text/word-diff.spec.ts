import fc from 'fast-check';
import { diffWords, tokenizeWords } from './word-diff';

const side = (parts: ReturnType<typeof diffWords>, keep: 'insert' | 'delete') =>
  parts
    .filter((p) => p.op === 'equal' || p.op === keep)
    .map((p) => p.text)
    .join('');

describe('diffWords', () => {
  it('shows a changed word as a delete and an insert', () => {
    expect(diffWords('Ban deer baiting statewide', 'Ban bear baiting statewide')).toEqual([
      { op: 'equal', text: 'Ban ' },
      { op: 'delete', text: 'deer' },
      { op: 'insert', text: 'bear' },
      { op: 'equal', text: ' baiting statewide' },
    ]);
  });

  it('merges consecutive words of one kind', () => {
    expect(diffWords('keep', 'keep and add more')).toEqual([
      { op: 'equal', text: 'keep' },
      { op: 'insert', text: ' and add more' },
    ]);
    expect(diffWords('a b c', '')).toEqual([{ op: 'delete', text: 'a b c' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('rebuilds both texts, with no empty or adjacent same-kind parts (property)', () => {
    const words = fc.array(fc.constantFrom('deer', 'elk', 'bear', ' ', '  ', '\n', 'wolf'), { maxLength: 30 }).map((w) => w.join(''));
    fc.assert(
      fc.property(fc.oneof(words, fc.string()), fc.oneof(words, fc.string()), (before, after) => {
        const parts = diffWords(before, after);
        expect(side(parts, 'delete')).toBe(before);
        expect(side(parts, 'insert')).toBe(after);
        parts.forEach((part, i) => {
          expect(part.text.length).toBeGreaterThan(0);
          expect(parts[i - 1]?.op).not.toBe(part.op);
        });
      }),
    );
  });

  it('keeps every common word when one text extends the other (property)', () => {
    // Word lists, so the joining space cannot fuse with whitespace at the end of `base`.
    const sentence = fc.array(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 20 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(sentence, sentence, (base, extra) => {
        const parts = diffWords(base, base + ' ' + extra);
        expect(parts.filter((p) => p.op === 'delete')).toEqual([]);
      }),
    );
  });

  it('stays fast and correct on texts too long to compare word by word', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(' ');
    const after = Array.from({ length: 3000 }, (_, i) => `v${i}`).join(' ');
    const parts = diffWords(before, after);
    expect(side(parts, 'delete')).toBe(before);
    expect(side(parts, 'insert')).toBe(after);
  });

  it('tokenizes into words and whitespace that join back into the text', () => {
    expect(tokenizeWords('a  b\nc')).toEqual(['a', '  ', 'b', '\n', 'c']);
  });
});
