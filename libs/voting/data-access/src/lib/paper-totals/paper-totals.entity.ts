import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ChoiceCounts } from '@civic/voting-domain';

/** A county's paper totals for one question: they count once a second staff member confirmed them. */
@Entity({ name: 'paper_totals' })
export class PaperTotalsEntity {
  @PrimaryColumn('uuid')
  questionId!: string;

  @PrimaryColumn('text')
  countyCode!: string;

  @Column('uuid')
  questionnaireId!: string;

  /** Votes per choice, as entered. */
  @Column('jsonb')
  counts!: ChoiceCounts;

  @Column('uuid')
  enteredBy!: string;

  @Column('timestamptz')
  enteredAt!: Date;

  @Column('uuid', { nullable: true })
  confirmedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;
}
