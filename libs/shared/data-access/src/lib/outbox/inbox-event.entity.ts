import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An event this service has applied. Its id is the primary key, so applying the same
 * event twice fails the insert and the second delivery changes nothing.
 */
@Entity({ name: 'inbox_event' })
export class InboxEventEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text')
  producer!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  processedAt!: Date;
}
