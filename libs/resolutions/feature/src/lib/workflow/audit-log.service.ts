import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  canonicalJson,
  GENESIS_HASH,
  hashAuditEntry,
  verifyAuditChain,
  type AuditEntryContent,
  type AuditVerification,
  type StoredAuditEntry,
} from '@civic/resolutions-domain';
import { AuditLogRepository, type AuditEntryEntity } from '@civic/resolutions-data-access';

/** Who an audit entry names as having acted. */
export interface AuditActor {
  kind: 'person' | 'system';
  id: string | null;
  name: string;
}

export interface AuditAppend {
  resolutionId: string | null;
  kind: string;
  actor: AuditActor;
  data: Record<string, unknown>;
}

/** How many entries verification reads per query: bounded memory however long the log grows. */
const VERIFY_BATCH_SIZE = 1_000;

/**
 * The tamper-evident audit log: every transition, decision, merge and response is appended
 * with the hash of the entry before it, and anyone can verify the chain.
 */
@Injectable()
export class AuditLogService {
  constructor(private readonly entries: AuditLogRepository) {}

  /**
   * Appends an entry in the caller's transaction. Appenders are serialised by an advisory
   * lock held until that transaction ends, so append as the transaction's last write.
   */
  async append(manager: EntityManager, entry: AuditAppend): Promise<AuditEntryEntity> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error(`audit append (${entry.kind}) must run inside a transaction`);
    await this.entries.lockAppenders(manager);
    const last = await this.entries.last(manager);
    const sequence = last ? Number(last.sequence) + 1 : 1;
    const previousHash = last?.hash ?? GENESIS_HASH;
    // A JS Date holds milliseconds, which timestamptz keeps exactly: the stored time re-hashes identically.
    const occurredAt = new Date();
    // What jsonb gives back is what canonical JSON keeps: no undefined, Dates as strings.
    const data = JSON.parse(canonicalJson(entry.data)) as Record<string, unknown>;
    const content: AuditEntryContent = {
      sequence,
      resolutionId: entry.resolutionId,
      kind: entry.kind,
      actorKind: entry.actor.kind,
      actorId: entry.actor.id,
      actorName: entry.actor.name,
      occurredAt: occurredAt.toISOString(),
      data,
    };
    const row: AuditEntryEntity = {
      sequence: String(sequence),
      resolutionId: content.resolutionId,
      kind: content.kind,
      actorKind: content.actorKind,
      actorId: content.actorId,
      actorName: content.actorName,
      occurredAt,
      data,
      previousHash,
      hash: hashAuditEntry(previousHash, content),
    };
    await this.entries.insert(manager, row);
    return row;
  }

  /**
   * Verifies the whole chain as it stands now, in batches (millions of entries never sit in
   * memory at once). Entries appended while it runs are left for the next verification.
   */
  async verify(): Promise<AuditVerification> {
    const head = await this.entries.last();
    if (!head) return { valid: true, entriesChecked: 0, headHash: GENESIS_HASH };
    let start = { previousHash: GENESIS_HASH, sequence: 1 };
    let checked = 0;
    for (;;) {
      const batch = await this.entries.batch(String(start.sequence - 1), head.sequence, VERIFY_BATCH_SIZE);
      if (batch.length === 0) break;
      const result = verifyAuditChain(batch.map(toStored), start);
      if (!result.valid) return { ...result, entriesChecked: checked + result.entriesChecked };
      checked += result.entriesChecked;
      start = { previousHash: result.headHash, sequence: start.sequence + batch.length };
    }
    if (start.sequence - 1 !== Number(head.sequence)) {
      // The head was read first, so a missing tail is entries removed behind the triggers' back.
      return { valid: false, entriesChecked: checked, brokenAtSequence: start.sequence, problem: 'sequence-gap' };
    }
    return { valid: true, entriesChecked: checked, headHash: start.previousHash };
  }

  /** One page of a resolution's entries, oldest first. */
  pageForResolution(resolutionId: string, offset: number, limit: number): Promise<[AuditEntryEntity[], number]> {
    return this.entries.pageForResolution(resolutionId, offset, limit);
  }
}

export function toStored(row: AuditEntryEntity): StoredAuditEntry {
  return {
    sequence: Number(row.sequence),
    resolutionId: row.resolutionId,
    kind: row.kind,
    actorKind: row.actorKind,
    actorId: row.actorId,
    actorName: row.actorName,
    occurredAt: row.occurredAt.toISOString(),
    data: row.data,
    previousHash: row.previousHash,
    hash: row.hash,
  };
}
