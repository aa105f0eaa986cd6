import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { VoteChoice } from '@civic/assemblies-domain';

/** A meeting of a body, with its minutes (published text, editable until approved). */
@Entity({ name: 'body_meeting' })
export class BodyMeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  bodyId!: string;

  @Column('text')
  title!: string;

  @Column('text')
  place!: string;

  @Column('timestamptz')
  startsAt!: Date;

  @Column('text', { nullable: true })
  minutes!: string | null;

  @Column('timestamptz', { nullable: true })
  minutesUpdatedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  minutesApprovedAt!: Date | null;

  @Column('uuid', { nullable: true })
  minutesApprovedBy!: string | null;

  @Column('uuid')
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'body_agenda_item' })
export class BodyAgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  meetingId!: string;

  @Column('int')
  position!: number;

  @Column('text')
  title!: string;

  @Column('text')
  description!: string;

  /** The citizen resolution the item takes up (a resolutions-service id), if any. */
  @Column('uuid', { nullable: true })
  resolutionId!: string | null;
}

/** A member present at a meeting. */
@Entity({ name: 'body_attendance' })
export class BodyAttendanceEntity {
  @PrimaryColumn('uuid')
  meetingId!: string;

  @PrimaryColumn('uuid')
  accountId!: string;

  @Column('text')
  displayName!: string;

  @Column('uuid')
  recordedBy!: string;

  @Column('timestamptz')
  recordedAt!: Date;
}

/** A motion on an agenda item; members vote on it by name while it is open. */
@Entity({ name: 'body_motion' })
export class BodyMotionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  agendaItemId!: string;

  @Column('text')
  text!: string;

  @Column('text')
  status!: 'open' | 'closed';

  @Column('uuid')
  openedBy!: string;

  @Column('timestamptz')
  openedAt!: Date;

  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;
}

/** A member's recorded vote: public, by name. */
@Entity({ name: 'body_vote' })
export class BodyVoteEntity {
  @PrimaryColumn('uuid')
  motionId!: string;

  @PrimaryColumn('uuid')
  accountId!: string;

  @Column('text')
  displayName!: string;

  @Column('text')
  choice!: VoteChoice;

  @Column('timestamptz')
  castAt!: Date;
}

/** A member's declared conflict of interest on an agenda item: public, and it bars the member's vote on the item. */
@Entity({ name: 'body_conflict' })
export class BodyConflictEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  agendaItemId!: string;

  @Column('uuid')
  accountId!: string;

  @Column('text')
  displayName!: string;

  @Column('text')
  reason!: string;

  @Column('timestamptz')
  declaredAt!: Date;
}
