/**
 * The bench's own ballot data: bulk receipts and deterministic
 * answers. The ballot format itself (encodeAnswers, receiptFromBytes) comes from
 * @civic/voting-domain, plain TypeScript, so the baseline still runs no framework.
 */
import { RECEIPT_ALPHABET, RECEIPT_LENGTH } from '@civic/voting-domain';

/** A distinct receipt per ballot index for bulk-loaded ballots (not random: set-up data). */
export function bulkReceipt(index: number, salt: number): string {
  let value = BigInt(index) * 0x9e3779b97f4a7c15n + BigInt(salt);
  value &= (1n << 60n) - 1n;
  let receipt = '';
  for (let i = 0; i < RECEIPT_LENGTH; i++) {
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
