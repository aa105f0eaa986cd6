import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BallotChannel } from '@civic/voting-domain';

/** The ballots a county channel's published snapshot holds (the results reader writes it with the snapshot's counters). */
@Entity({ name: 'published_ballot_count' })
export class PublishedBallotCountEntity {
  @PrimaryColumn('uuid')
  questionnaireId!: string;

  @PrimaryColumn('text')
  countyCode!: string;

  @PrimaryColumn('text')
  channel!: BallotChannel;

  @Column('bigint')
  ballots!: string;
}
