import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An integration event waiting to be relayed (or already relayed). Each service has its
 * own `outbox_event` table in its own schema; rows are written in the same transaction
 * as the change they announce.
 */
@Entity({ name: 'outbox_event' })
@Index('outbox_event_unpublished_idx', ['position'], { where: '"published_at" IS NULL' })
export class OutboxEventEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** Commit order within the service: events are relayed in this order. */
  @Column({ type: 'bigint', insert: false, update: false })
  position!: string;

  @Column('text')
  name!: string;

  @Column('jsonb')
  payload!: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column('int', { default: 0 })
  attempts!: number;

  @Column('text', { nullable: true })
  lastError!: string | null;
}
