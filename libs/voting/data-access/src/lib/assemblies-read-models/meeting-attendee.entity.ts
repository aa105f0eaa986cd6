import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person checked in at a county meeting, from assemblies' `attendee-checked-in` events. */
@Entity({ name: 'meeting_attendee' })
export class MeetingAttendeeEntity {
  @PrimaryColumn('uuid')
  meetingId!: string;

  @PrimaryColumn('uuid')
  accountId!: string;

  /** The congress year of the meeting. */
  @Column('int')
  year!: number;

  @Column('text')
  countyCode!: string;

  /** False for someone admitted without a vote (not a verified resident of the county). */
  @Column('boolean')
  withVote!: boolean;

  @Column('timestamptz')
  checkedInAt!: Date;
}
