import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One person's time in a seat. At most one tenure per seat is open (ended_at null): the
 * seat's holder. Term dates are calendar dates in the congress's time zone.
 */
@Entity({ name: 'tenure' })
export class TenureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  seatId!: string;

  @Column('uuid')
  accountId!: string;

  /** The holder's name when the tenure began (identity owns the live one). */
  @Column('text')
  displayName!: string;

  @Column('date')
  termStart!: string;

  @Column('date')
  termEnd!: string;

  /** The year of the election that ends the term (the successor's). */
  @Column('int')
  termEndYear!: number;

  /** The year the term began (its election year, or the year of an appointment or extension). */
  @Column('int')
  termStartYear!: number;

  @Column('text')
  startKind!: 'elected' | 'appointed' | 'extended';

  @Column('uuid', { nullable: true })
  startedBy!: string | null;

  @Column('text', { nullable: true })
  startReason!: string | null;

  @Column('timestamptz', { nullable: true })
  endedAt!: Date | null;

  @Column('text', { nullable: true })
  endReason!: 'resigned' | 'removed' | 'extended' | 'term-completed' | null;

  @Column('text', { nullable: true })
  endNote!: string | null;

  @Column('uuid', { nullable: true })
  endedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
