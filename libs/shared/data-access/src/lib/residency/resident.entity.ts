import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ResidencyStatus } from './resident-record';

/**
 * The residency read model: one row per account, fed by identity's residency events.
 * Each consuming service lists this entity in its datasource, whose schema decides where
 * the table lives (create it with `createResidentTable`).
 */
@Entity({ name: 'resident' })
export class ResidentEntity {
  @PrimaryColumn('uuid')
  accountId!: string;

  @Column('text')
  jurisdictionCode!: string;

  @Column('text')
  status!: ResidencyStatus;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  /** The time of the fact the row reflects; only a newer fact replaces it. */
  @Column('timestamptz')
  effectiveAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column('uuid')
  lastEventId!: string;

  /** The account's public display name, from the latest verification that carried it. */
  @Column({ type: 'text', nullable: true })
  displayName!: string | null;
}
