import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ChoiceCounts } from '@civic/voting-domain';

/** A question's certified result: statewide sums (for a county-local question, its county's). */
@Entity({ name: 'question_result' })
export class QuestionResultEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  questionId!: string;

  @Column('jsonb')
  counts!: ChoiceCounts;

  @Column('int')
  countiesInFavour!: number;

  @Column('int')
  countiesCounted!: number;

  /** Null for a choice set without yes and no. */
  @Column('boolean', { nullable: true })
  passed!: boolean | null;

  @Column('timestamptz')
  certifiedAt!: Date;

  @Column('uuid')
  certifiedBy!: string;
}
