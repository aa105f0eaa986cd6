import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BallotChannel } from '@civic/voting-domain';

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
