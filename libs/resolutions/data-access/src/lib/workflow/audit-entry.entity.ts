import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One entry of the hash-chained audit log. Append-only: triggers refuse UPDATE, DELETE and
 * TRUNCATE. `hash` covers `previousHash` and the entry's content (see the domain's audit chain).
 */
@Entity({ name: 'audit_entry' })
export class AuditEntryEntity {
  /** 1, 2, 3, ... without gaps (appended under a lock). bigint arrives as a string. */
  @PrimaryColumn('bigint')
  sequence!: string;

  @Column('uuid', { nullable: true })
  resolutionId!: string | null;

  @Column('text')
  kind!: string;

  @Column('text')
  actorKind!: 'person' | 'system';

  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @Column('text')
  actorName!: string;

  @Column('timestamptz')
  occurredAt!: Date;

  @Column('jsonb')
  data!: Record<string, unknown>;

  @Column('text')
  previousHash!: string;

  @Column('text')
  hash!: string;
}
