import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A yearly report on how a resolution the board acted on is being implemented. */
@Entity({ name: 'implementation_report' })
export class ImplementationReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  resolutionId!: string;

  @Column('int')
  year!: number;

  @Column('text')
  text!: string;

  @Column('uuid')
  reportedBy!: string;

  @Column('text')
  reporterName!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  reportedAt!: Date;
}
