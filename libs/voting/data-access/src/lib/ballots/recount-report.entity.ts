import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TallyDifference } from '@civic/voting-domain';

@Entity({ name: 'recount_report' })
export class RecountReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  questionnaireId!: string;

  @Column('uuid', { nullable: true })
  requestedBy!: string | null;

  @Column('timestamptz')
  startedAt!: Date;

  @Column('timestamptz')
  finishedAt!: Date;

  @Column('int')
  ballotsCounted!: number;

  @Column('boolean')
  equal!: boolean;

  @Column('jsonb')
  differences!: TallyDifference[];
}
