import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RollCallChoice } from '@civic/voting-domain';

/** One member of a roll call's electorate (copied when it opened) with their current vote or conflict. */
@Entity({ name: 'roll_call_member' })
export class RollCallMemberEntity {
  @PrimaryColumn('uuid')
  rollCallId!: string;

  @PrimaryColumn('uuid')
  accountId!: string;

  @Column('text')
  displayName!: string;

  /** The county of the member's delegate seat; null for a body member without one. */
  @Column('text', { nullable: true })
  countyCode!: string | null;

  @Column('int', { nullable: true })
  seatNumber!: number | null;

  @Column('text', { nullable: true })
  choice!: RollCallChoice | null;

  /** When the current vote was first cast. */
  @Column('timestamptz', { nullable: true })
  votedAt!: Date | null;

  /** The last change of the member's vote (cast, changed, or withdrawn for a conflict). */
  @Column('timestamptz', { nullable: true })
  changedAt!: Date | null;

  @Column('text', { nullable: true })
  conflictReason!: string | null;

  @Column('timestamptz', { nullable: true })
  conflictDeclaredAt!: Date | null;
}
