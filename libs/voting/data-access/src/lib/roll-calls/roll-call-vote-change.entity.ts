import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RollCallChoice } from '@civic/voting-domain';

export type RollCallVoteAction = 'cast' | 'changed' | 'withdrawn-for-conflict';

/** Append-only history of a member's vote: named votes are public record, changes included. */
@Entity({ name: 'roll_call_vote_change' })
export class RollCallVoteChangeEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('uuid')
  rollCallId!: string;

  @Column('uuid')
  accountId!: string;

  /** Null when the vote was withdrawn. */
  @Column('text', { nullable: true })
  choice!: RollCallChoice | null;

  @Column('text')
  action!: RollCallVoteAction;

  @Column('timestamptz')
  at!: Date;
}
