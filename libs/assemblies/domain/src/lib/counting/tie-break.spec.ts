import { createHash } from 'node:crypto';
import { drawLots, lotDigest } from './tie-break';

describe('drawLots', () => {
  it('orders the tied candidates by SHA-256 of seed:stage:candidate, ascending', () => {
    const expected = (id: string) => createHash('sha256').update(`2025-spring:3:${id}`).digest('hex');
    const draws = drawLots('2025-spring', 3, ['ann', 'bo', 'cy']);
    expect(draws.map((draw) => draw.digest)).toEqual(['ann', 'bo', 'cy'].map(expected).sort());
    expect(lotDigest('2025-spring', 3, 'ann')).toBe(expected('ann'));
  });

  it('is reproducible and does not depend on the order the candidates are given in', () => {
    expect(drawLots('seed', 1, ['a', 'b', 'c'])).toEqual(drawLots('seed', 1, ['c', 'a', 'b']));
  });

  it('draws differently for another seed or another stage', () => {
    const order = (seed: string, stage: number) =>
      drawLots(seed, stage, ['a', 'b', 'c', 'd'])
        .map((draw) => draw.candidateId)
        .join();
    const orders = new Set(['s1', 's2', 's3', 's4', 's5'].flatMap((seed) => [order(seed, 1), order(seed, 2)]));
    expect(orders.size).toBeGreaterThan(1);
  });
});
