import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { VotingChannel } from '@civic/voting-domain';

/** That a person voted on a questionnaire (never what): one row per person and questionnaire. */
@Entity({ name: 'questionnaire_voter' })
export class QuestionnaireVoterEntity {
  @PrimaryColumn('uuid')
  questionnaireId!: string;

  @PrimaryColumn('uuid')
  accountId!: string;

  /** online, in-room, or paper (a paper ballot issued at the county meeting). */
  @Column('text')
  channel!: VotingChannel;

  /** The time of the batch's transaction (the same for every voter of the batch), or of the paper ballot's issue. */
  @Column('timestamptz')
  votedAt!: Date;
}
