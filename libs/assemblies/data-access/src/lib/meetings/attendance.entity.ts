import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CheckInReason } from '@civic/assemblies-domain';

/** A person checked in at the door of a county meeting, with or without a vote. */
@Entity({ name: 'county_meeting_attendance' })
@Index('county_meeting_attendance_account_key', ['meetingId', 'accountId'], { unique: true, where: '"account_id" IS NOT NULL' })
export class AttendanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  meetingId!: string;

  /** Null for a walk-in recorded by name only. */
  @Column({ type: 'uuid', nullable: true })
  accountId!: string | null;

  @Column({ type: 'text', nullable: true })
  name!: string | null;

  @Column('boolean')
  withVote!: boolean;

  @Column('text')
  reason!: CheckInReason;

  @CreateDateColumn({ type: 'timestamptz' })
  checkedInAt!: Date;

  /** The staff member at the door. */
  @Column('uuid')
  checkedInBy!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
