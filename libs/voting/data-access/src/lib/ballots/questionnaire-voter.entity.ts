import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BallotChannel } from '@civic/voting-domain';

/** That a person voted on a questionnaire (never what): one row per person and questionnaire. */
@Entity({ name: 'questionnaire_voter' })
export class QuestionnaireVoterEntity {
  @PrimaryColumn('uuid')
  questionnaireId!: string;

  @PrimaryColumn('uuid')
  accountId!: string;

  @Column('text')
  channel!: BallotChannel;

  /** The time of the batch's transaction: the same for every voter of the batch. */
  @Column('timestamptz')
  votedAt!: Date;
}
