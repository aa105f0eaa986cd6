import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ThresholdKind } from '@civic/voting-domain';

export type RollCallScheduleStatus = 'waiting' | 'opened' | 'closed' | 'failed' | 'missed' | 'cancelled';

/** The roll call to open when a schedule's time comes, as staff gave it (checked then). */
export interface ScheduledMotion {
  bodyCode: string;
  title: string;
  questionId: string | null;
  resolutionId: string | null;
  threshold: { kind: ThresholdKind; numerator: number | null; denominator: number | null };
  /** Null: a majority of the electorate when it opens. */
  quorum: number | null;
}

/** A roll call's scheduled opening and/or closing (see the migration for the life cycle). */
@Entity({ name: 'roll_call_schedule' })
export class RollCallScheduleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null when the schedule only closes a roll call opened by hand. */
  @Column('jsonb', { nullable: true })
  motion!: ScheduledMotion | null;

  /** Set once the roll call exists (opened on schedule, or opened by hand with a closing time). */
  @Column('uuid', { nullable: true })
  rollCallId!: string | null;

  @Column('timestamptz', { nullable: true })
  opensAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  closesAt!: Date | null;

  @Column('text')
  status!: RollCallScheduleStatus;

  /** Why it could not open (failed, missed). */
  @Column('text', { nullable: true })
  failure!: string | null;

  /** The staff member who set it: the roll call is opened and closed in their name. */
  @Column('uuid')
  scheduledBy!: string;

  @Column('timestamptz')
  scheduledAt!: Date;

  @Column('timestamptz')
  updatedAt!: Date;
}
