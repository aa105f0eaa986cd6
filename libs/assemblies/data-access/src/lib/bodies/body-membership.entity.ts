import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BodyOffice } from '@civic/assemblies-domain';

/**
 * A person's membership of a body, with an office or none, for a term. Open while
 * `ended_at` is null; the county and district are snapshots taken at assignment, for the
 * council's one-per-county and two-per-district rules.
 */
@Entity({ name: 'body_membership' })
export class BodyMembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  bodyId!: string;

  @Column('uuid')
  accountId!: string;

  @Column('text')
  displayName!: string;

  @Column('text', { nullable: true })
  office!: BodyOffice | null;

  @Column('text', { nullable: true })
  countyCode!: string | null;

  @Column('text', { nullable: true })
  districtCode!: string | null;

  @Column('date')
  termStart!: string;

  @Column('date')
  termEnd!: string;

  /** 'elected' rows come from a certified election result (sourceRef names it). */
  @Column('text')
  startKind!: 'assigned' | 'elected';

  @Column('text', { nullable: true })
  sourceRef!: string | null;

  @Column('uuid', { nullable: true })
  assignedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  endedAt!: Date | null;

  @Column('text', { nullable: true })
  endReason!: 'resigned' | 'removed' | 'term-completed' | null;

  @Column('uuid', { nullable: true })
  endedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
