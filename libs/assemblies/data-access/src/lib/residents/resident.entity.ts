import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ResidentStatus } from '@civic/assemblies-domain';

/** The residency read model: one row per account, fed by identity's residency events. */
@Entity({ name: 'resident' })
export class ResidentEntity {
  @PrimaryColumn('uuid')
  accountId!: string;

  @Column('text')
  jurisdictionCode!: string;

  @Column('text')
  status!: ResidentStatus;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  /** The time of the fact the row reflects; only a newer fact replaces it. */
  @Column('timestamptz')
  effectiveAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column('uuid')
  lastEventId!: string;
}
