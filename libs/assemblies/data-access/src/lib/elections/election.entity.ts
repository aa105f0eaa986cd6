import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BodyElectorateKind, BodyOffice, CountingMethod, CountResult, ElectionKind, ElectionPhase } from '@civic/assemblies-domain';

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
  kind!: ElectionKind;

  @Column('text')
  electorateKind!: 'county-meeting' | BodyElectorateKind;

  /** The county meeting of a delegate election; null for a body's election. */
  @Column('uuid', { nullable: true })
  meetingId!: string | null;

  /** The county (delegates, delegation officers) or district (council members); null for the Executive Committee. */
  @Column('uuid', { nullable: true })
  jurisdictionId!: string | null;

  /** The body a body election fills; null for a delegate election. */
  @Column('uuid', { nullable: true })
  bodyId!: string | null;

  /** The office elected (a delegation's or the Executive Committee's); null otherwise. */
  @Column('text', { nullable: true })
  office!: BodyOffice | null;

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
