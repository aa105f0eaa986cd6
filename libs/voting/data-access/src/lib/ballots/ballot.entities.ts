import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { BallotChannel, TallyDifference } from '@civic/voting-domain';

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

/** What was voted, with nothing that names, numbers or times the voter. */
@Entity({ name: 'ballot' })
export class BallotEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  questionnaireId!: string;

  @Column('text')
  countyCode!: string;

  @Column('text')
  channel!: BallotChannel;

  @Column('text')
  receipt!: string;

  /** One byte per question position (see the domain's encodeAnswers). */
  @Column('bytea')
  answers!: Buffer;
}

/** The live tally's counters. */
@Entity({ name: 'ballot_tally' })
export class BallotTallyEntity {
  @PrimaryColumn('uuid')
  questionnaireId!: string;

  @PrimaryColumn('uuid')
  questionId!: string;

  @PrimaryColumn('text')
  countyCode!: string;

  @PrimaryColumn('text')
  channel!: BallotChannel;

  @PrimaryColumn('text')
  choice!: string;

  @Column('bigint')
  count!: string;
}

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

export const ballotEntities = [QuestionnaireVoterEntity, BallotEntity, BallotTallyEntity, RecountReportEntity];
