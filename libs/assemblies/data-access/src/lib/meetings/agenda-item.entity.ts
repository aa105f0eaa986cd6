import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One item of a county meeting's agenda, in order (position 1 first). */
@Entity({ name: 'county_meeting_agenda_item' })
export class AgendaItemEntity {
  @PrimaryColumn('uuid')
  meetingId!: string;

  @PrimaryColumn('int')
  position!: number;

  @Column('text')
  title!: string;

  @Column('text')
  description!: string;
}
