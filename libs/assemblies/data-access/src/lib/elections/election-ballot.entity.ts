import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Who voted, kept apart from what they voted (`ElectionBallotEntity` has no voter and no
 * time), so the ballot stays secret while "once per voter" is a primary key. `votedAt` is
 * the time of the ballot box's transaction: every voter of one batch has the same.
 */
@Entity({ name: 'election_voter' })
export class ElectionVoterEntity {
  @PrimaryColumn('uuid')
  electionId!: string;

  @PrimaryColumn('uuid')
  accountId!: string;

  /** electronic, or paper (a paper ballot handed out at the county meeting). */
  @Column('text')
  channel!: 'electronic' | 'paper';

  @Column('timestamptz')
  votedAt!: Date;
}

/**
 * An electronic ballot: the candidate ids marked (STV: in order of preference). Its id is
 * the voter's receipt: random, drawn by the ballot box (no default, no sequence), and the
 * rows of a batch go in shuffled, so nothing in the row orders it against the voters.
 */
@Entity({ name: 'election_ballot' })
export class ElectionBallotEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  electionId!: string;

  @Column('jsonb')
  choices!: string[];
}
