import { createHash } from 'node:crypto';

/** The previous hash of the first entry of a chain. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * A stable JSON text of a value: object keys sorted at every level, no whitespace, Dates as
 * ISO strings, undefined properties dropped. The same content always hashes the same,
 * whatever order a database or driver returns the keys in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value)) ?? 'null';
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : normalise(item)));
  if (value !== null && typeof value === 'object') {
    const maybeJson = value as { toJSON?: () => unknown };
    if (typeof maybeJson.toJSON === 'function') return normalise(maybeJson.toJSON());
    // No prototype: a key named "__proto__" (it can arrive in user text stored as JSON) must
    // stay an ordinary key, or it would vanish from the hash and set a prototype instead.
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) out[key] = normalise(item);
    }
    return out;
  }
  return value;
}

export interface AuditEntryContent {
  sequence: number;
  resolutionId: string | null;
  kind: string;
  actorKind: 'person' | 'system';
  actorId: string | null;
  actorName: string;
  /** ISO 8601 timestamp. */
  occurredAt: string;
  data: Record<string, unknown>;
}

export interface StoredAuditEntry extends AuditEntryContent {
  previousHash: string;
  hash: string;
}

/** sha256 (hex) of the previous entry's hash, a newline, and the canonical JSON of the content. */
export function hashAuditEntry(previousHash: string, content: AuditEntryContent): string {
  const { sequence, resolutionId, kind, actorKind, actorId, actorName, occurredAt, data } = content;
  // Only the content's own fields are hashed: a stored entry passed in carries its hashes too.
  const canonical = canonicalJson({ sequence, resolutionId, kind, actorKind, actorId, actorName, occurredAt, data });
  return createHash('sha256').update(`${previousHash}\n${canonical}`).digest('hex');
}

export type AuditVerification =
  | { valid: true; entriesChecked: number; headHash: string }
  | {
      valid: false;
      entriesChecked: number;
      brokenAtSequence: number;
      problem: 'hash-mismatch' | 'previous-hash-mismatch' | 'sequence-gap';
    };

/**
 * Checks a chain in order: sequences run 1, 2, 3... without gaps (or on from `start`, to
 * verify in pages), each entry names the previous entry's hash, and each hash recomputes.
 * Stops at the first broken entry.
 */
export function verifyAuditChain(
  entries: Iterable<StoredAuditEntry>,
  start: { previousHash: string; sequence: number } = { previousHash: GENESIS_HASH, sequence: 1 },
): AuditVerification {
  let previousHash = start.previousHash;
  let expectedSequence = start.sequence;
  let entriesChecked = 0;
  for (const entry of entries) {
    entriesChecked++;
    if (entry.sequence !== expectedSequence) {
      return { valid: false, entriesChecked, brokenAtSequence: entry.sequence, problem: 'sequence-gap' };
    }
    if (entry.previousHash !== previousHash) {
      return { valid: false, entriesChecked, brokenAtSequence: entry.sequence, problem: 'previous-hash-mismatch' };
    }
    if (hashAuditEntry(entry.previousHash, entry) !== entry.hash) {
      return { valid: false, entriesChecked, brokenAtSequence: entry.sequence, problem: 'hash-mismatch' };
    }
    previousHash = entry.hash;
    expectedSequence++;
  }
  return { valid: true, entriesChecked, headHash: previousHash };
}
