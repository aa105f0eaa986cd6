import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who voted, kept apart from what they voted (`ElectionBallotEntity` has no voter and no
 * time), so the ballot stays secret while "once per voter" is a primary key.
 */
@Entity({ name: 'election_voter' })
export class ElectionVoterEntity {
  @PrimaryColumn('uuid')
  electionId!: string;

  @PrimaryColumn('uuid')
  accountId!: string;

  @Column('timestamptz')
  votedAt!: Date;
}

/** An electronic ballot: the candidate ids marked (STV: in order of preference). Its id is the voter's receipt. */
@Entity({ name: 'election_ballot' })
export class ElectionBallotEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  electionId!: string;

  @Column('jsonb')
  choices!: string[];
}

/** The constraint that makes a second vote by the same person fail. */
export const ELECTION_VOTER_CONSTRAINT = 'election_voter_pkey';
