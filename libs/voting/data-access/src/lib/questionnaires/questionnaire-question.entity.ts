import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { QuestionSource } from '@civic/voting-domain';

/** A question on a questionnaire; county-local when `countyCode` is set. */
@Entity({ name: 'questionnaire_question' })
export class QuestionnaireQuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  questionnaireId!: string;

  @Column('int')
  position!: number;

  @Column('text')
  source!: QuestionSource;

  @Column('text')
  text!: string;

  @Column('text')
  background!: string;

  @Column('text', { nullable: true })
  countyCode!: string | null;

  @Column('uuid', { nullable: true })
  resolutionId!: string | null;

  @Column('text', { nullable: true })
  resolutionNumber!: string | null;

  @Column('text', { array: true })
  choices!: string[];

  /** The staff member who added it; null for questions that arrived as events. */
  @Column('uuid', { nullable: true })
  addedBy!: string | null;

  /** The event that added it, for questions from the resolutions service. */
  @Column('uuid', { nullable: true })
  sourceEventId!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
