import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { MeetingStatus } from '@civic/assemblies-domain';
import { JurisdictionEntity } from '../jurisdictions';

/** A county assembly: one per county per congress year. */
@Entity({ name: 'county_meeting' })
@Unique('county_meeting_jurisdiction_year_key', ['jurisdictionId', 'year'])
export class CountyMeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  jurisdictionId!: string;

  @ManyToOne(() => JurisdictionEntity)
  @JoinColumn({ name: 'jurisdiction_id' })
  jurisdiction?: JurisdictionEntity;

  @Column('int')
  year!: number;

  @Column('text')
  place!: string;

  @Column('timestamptz')
  startsAt!: Date;

  @Column('timestamptz')
  endsAt!: Date;

  @Column('text')
  status!: MeetingStatus;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** The staff member who scheduled it. */
  @Column('uuid')
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
