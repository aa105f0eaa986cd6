import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CountingMethod, CountResult, ElectionPhase } from '@civic/assemblies-domain';

/**
 * An election: who may vote and stand comes from `electorateKind` (a county meeting's
 * checked-in residents for delegate elections), what it fills from `kind` and its seat rows.
 */
export interface ElectionSeating {
  seatId: string;
  seatNumber: number;
  /** Null when too few were elected and the seat fell vacant. */
  candidateId: string | null;
  tenureId: string | null;
  termStart: string;
  termEnd: string;
}

@Entity({ name: 'election' })
export class ElectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  congressId!: string;

  @Column('text')
  kind!: 'county-delegates';

  @Column('text')
  electorateKind!: 'county-meeting';

  @Column('uuid')
  meetingId!: string;

  @Column('uuid')
  jurisdictionId!: string;

  @Column('int')
  year!: number;

  @Column('text')
  method!: CountingMethod;

  @Column('int')
  seatsToFill!: number;

  @Column('text')
  phase!: ElectionPhase;

  /** Drawn with crypto randomness when voting closes; public, so anyone can recount. */
  @Column('text', { nullable: true })
  tieSeed!: string | null;

  /** The full count (totals, rounds, tie-breaks), stored at certification. */
  @Column('jsonb', { nullable: true })
  result!: CountResult | null;

  /** Who took which seat at certification, with the tenure created and its term. */
  @Column('jsonb', { nullable: true })
  seating!: ElectionSeating[] | null;

  @Column('uuid')
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  votingOpenedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  votingClosedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  certifiedAt!: Date | null;

  @Column('uuid', { nullable: true })
  certifiedBy!: string | null;
}
