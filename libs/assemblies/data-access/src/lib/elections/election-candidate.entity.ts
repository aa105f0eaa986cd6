import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A self-nomination. Withdrawn candidacies stay on record; nominating again reinstates the row. */
@Entity({ name: 'election_candidate' })
export class ElectionCandidateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  electionId!: string;

  @Column('uuid')
  accountId!: string;

  @Column('text')
  displayName!: string;

  @Column('text')
  statement!: string;

  /** The seat the candidate named when nominating, if any (all seats are filled from one count). */
  @Column('int', { nullable: true })
  seatNumber!: number | null;

  /** The group of the one-per-group rule (a council candidate's county), recorded at nomination. */
  @Column('text', { nullable: true })
  groupCode!: string | null;

  @Column('timestamptz')
  nominatedAt!: Date;

  @Column('timestamptz', { nullable: true })
  withdrawnAt!: Date | null;
}
