import { shuffle } from './shuffle';

describe('shuffle', () => {
  it('returns a permutation of the items and leaves the input as it was', () => {
    const items = Array.from({ length: 50 }, (_, index) => index);
    const shuffled = shuffle(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(items).toEqual(Array.from({ length: 50 }, (_, index) => index));
  });

  it('does not keep the input order (50 items: the odds of the same order are 1 in 50!)', () => {
    const items = Array.from({ length: 50 }, (_, index) => index);
    expect(shuffle(items)).not.toEqual(items);
  });

  it('puts every item in every place over many draws (no fixed positions)', () => {
    const items = [0, 1, 2, 3];
    const seen = items.map(() => new Set<number>());
    for (let draw = 0; draw < 400; draw += 1) shuffle(items).forEach((item, place) => seen[place]?.add(item));
    // Each of the 16 (place, item) pairs has odds 1/4 per draw: missing one in 400 draws is (3/4)^400.
    expect(seen.map((found) => found.size)).toEqual([4, 4, 4, 4]);
  });

  it('handles the empty and the one-item list', () => {
    expect(shuffle([])).toEqual([]);
    expect(shuffle(['only'])).toEqual(['only']);
  });
});
