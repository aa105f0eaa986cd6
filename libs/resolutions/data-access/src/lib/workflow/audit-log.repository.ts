import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity';

/**
 * The advisory lock every appender takes (inside its transaction) before reading the last
 * entry: sequences stay gapless and each entry carries its true predecessor's hash. A fixed
 * key, chosen once ("audit" in ASCII); never reuse it for anything else.
 */
export const AUDIT_APPEND_LOCK_KEY = '418581342580';

/** The hash-chained audit log: appends (under the lock), pages, and ordered batches for verification. */
@Injectable()
export class AuditLogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Held until the caller's transaction ends, so take it as late as possible. */
  async lockAppenders(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock($1::bigint)`, [AUDIT_APPEND_LOCK_KEY]);
  }

  async last(manager: EntityManager = this.dataSource.manager): Promise<AuditEntryEntity | null> {
    const [last] = await manager.getRepository(AuditEntryEntity).find({ order: { sequence: 'DESC' }, take: 1 });
    return last ?? null;
  }

  async insert(manager: EntityManager, entry: AuditEntryEntity): Promise<void> {
    await manager.query(
      `INSERT INTO "resolutions"."audit_entry"
         ("sequence", "resolution_id", "kind", "actor_kind", "actor_id", "actor_name", "occurred_at", "data", "previous_hash", "hash")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10)`,
      [
        entry.sequence,
        entry.resolutionId,
        entry.kind,
        entry.actorKind,
        entry.actorId,
        entry.actorName,
        entry.occurredAt,
        JSON.stringify(entry.data),
        entry.previousHash,
        entry.hash,
      ],
    );
  }

  /** Up to `limit` entries after `afterSequence` and at most `upToSequence`, in sequence order. */
  batch(afterSequence: string, upToSequence: string, limit: number): Promise<AuditEntryEntity[]> {
    return this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('entry')
      .where('entry.sequence > :after AND entry.sequence <= :upTo', { after: afterSequence, upTo: upToSequence })
      .orderBy('entry.sequence', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** One page of a resolution's entries, oldest first (a stable order for cursors). */
  pageForResolution(resolutionId: string, offset: number, limit: number): Promise<[AuditEntryEntity[], number]> {
    return this.dataSource.getRepository(AuditEntryEntity).findAndCount({ where: { resolutionId }, order: { sequence: 'ASC' }, skip: offset, take: limit });
  }
}
