import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BallotChannel } from '@civic/voting-domain';

/** A published snapshot's counters: the live tally of its county channel as it was when published. */
@Entity({ name: 'published_tally' })
export class PublishedTallyEntity {
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
