import { createHash } from 'node:crypto';
import type { LotDraw } from './counting.types';

/**
 * Drawing lots from a recorded seed, so anyone holding the seed can redo the draw.
 *
 * Procedure: for each tied candidate compute the SHA-256 digest (lower-case hex) of the
 * UTF-8 string `${seed}:${stage}:${candidateId}`; order the candidates by ascending digest
 * (byte-wise string comparison). The first in that order is "drawn" and is the one the
 * rule asks for: ranked higher, transferred first, or excluded. `stage` is the stage whose
 * decision needs the lot (1 for plurality and approval).
 *
 * Reproduce in a shell: `printf '%s' 'SEED:3:cand-a' | sha256sum`.
 */
export function lotDigest(seed: string, stage: number, candidateId: string): string {
  return createHash('sha256').update(`${seed}:${stage}:${candidateId}`, 'utf8').digest('hex');
}

export function drawLots(seed: string, stage: number, candidateIds: readonly string[]): LotDraw[] {
  return candidateIds
    .map((candidateId) => ({ candidateId, digest: lotDigest(seed, stage, candidateId) }))
    .sort((a, b) => compareStrings(a.digest, b.digest) || compareStrings(a.candidateId, b.candidateId));
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
