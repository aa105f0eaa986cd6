import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BallotChannel } from '@civic/voting-domain';

/** Ballots per questionnaire, county and channel: kept by a trigger on `ballot` (migration PublishResultsInSnapshots). */
@Entity({ name: 'ballot_count' })
export class BallotCountEntity {
  @PrimaryColumn('uuid')
  questionnaireId!: string;

  @PrimaryColumn('text')
  countyCode!: string;

  @PrimaryColumn('text')
  channel!: BallotChannel;

  @Column('bigint')
  ballots!: string;
}
