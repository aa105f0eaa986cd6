import { randomInt } from 'node:crypto';

/**
 * Fisher–Yates with crypto randomness: the result's order carries nothing of the input's.
 * The ballot boxes insert each batch's ballots in this order, so that neither the physical
 * row order nor the order of the write ties a ballot to the voter who cast it.
 */
export function shuffle<T>(items: readonly T[]): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index -= 1) {
    const other = randomInt(index + 1);
    [result[index], result[other]] = [result[other] as T, result[index] as T];
  }
  return result;
}
