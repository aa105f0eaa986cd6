import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ChoiceCounts, VotingChannel } from '@civic/voting-domain';

/** One county's part of a certified result, with what each channel counted there. */
@Entity({ name: 'county_result' })
export class CountyResultEntity {
  @PrimaryColumn('uuid')
  resultId!: string;

  @PrimaryColumn('text')
  countyCode!: string;

  @Column('jsonb')
  counts!: ChoiceCounts;

  @Column('jsonb')
  byChannel!: Partial<Record<VotingChannel, ChoiceCounts>>;

  /** Null for a choice set without yes and no. */
  @Column('boolean', { nullable: true })
  inFavour!: boolean | null;
}
