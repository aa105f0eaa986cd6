import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Ballot, PaperTotalsDraft } from '@civic/assemblies-domain';

/** Paper totals entered by one staff member; they count once another has confirmed them. */
@Entity({ name: 'election_paper_totals' })
export class ElectionPaperTotalsEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  electionId!: string;

  /** What staff typed in, as entered. */
  @Column('jsonb')
  entry!: PaperTotalsDraft;

  /** The same as counting input (entries with a `count`). */
  @Column('jsonb')
  ballots!: Ballot[];

  @Column('uuid')
  enteredBy!: string;

  @Column('timestamptz')
  enteredAt!: Date;

  @Column('uuid', { nullable: true })
  confirmedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  confirmedAt!: Date | null;
}
