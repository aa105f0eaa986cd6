/**
 * What the bench needs of the ballot format (voting-domain ballot.ts): answers as one byte
 * per question position (1 + choice index; 0 = unanswered), receipts as 12 base32 characters.
 * Kept here, small and plain, so the baseline program depends on no service library.
 */
export const RECEIPT_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** How the baseline batches concurrent ballots; the same as voting's BALLOT_BOX_BATCHING. */
export const BASELINE_BATCH = {
  maxBallots: 500,
  lingerMs: 2,
  maxConcurrentBatches: 2,
};

export function encodeChoices(byPosition: ReadonlyMap<number, number>): Buffer {
  const bytes = Buffer.alloc(Math.max(0, ...byPosition.keys()));
  for (const [position, choice] of byPosition) bytes[position - 1] = choice + 1;
  return bytes;
}

export function receiptOf(random: Uint8Array): string {
  let receipt = '';
  for (let index = 0; index < 12; index++) receipt += RECEIPT_ALPHABET[(random[index] ?? 0) & 31];
  return receipt;
}

/** A distinct receipt per ballot index for bulk-loaded ballots (not random: set-up data). */
export function bulkReceipt(index: number, salt: number): string {
  let value = BigInt(index) * 0x9e3779b97f4a7c15n + BigInt(salt);
  value &= (1n << 60n) - 1n;
  let receipt = '';
  for (let i = 0; i < 12; i++) {
    receipt += RECEIPT_ALPHABET[Number(value & 31n)];
    value >>= 5n;
  }
  return receipt;
}

/**
 * The bench's deterministic answer: voter (or ballot) `index` chooses this choice index on
 * the question at `position`. Mixed enough that counties and questions differ.
 */
export function benchChoice(index: number, position: number, choiceCount: number): number {
  const h = Math.imul(index ^ Math.imul(position, 0x27d4eb2d), 0x165667b1) >>> 0;
  return ((h ^ (h >>> 15)) >>> 0) % choiceCount;
}
