import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A staff member's request for a congress-wide destructive operation, waiting for a second
 * person (the two-person rule, `decideConfirmation` in `@civic/shared-domain`). Each service
 * that guards operations lists this entity in its datasource, whose schema decides where the
 * table lives (create it with `createPendingConfirmationTable`). Rows are confirmed, never
 * deleted: the table is the record of who asked and who confirmed.
 */
@Entity({ name: 'pending_confirmation' })
export class PendingConfirmationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The guarded operation's name (the mutation's, e.g. `extendTerms`). */
  @Column('text')
  operation!: string;

  /** SHA-256 (hex) of the canonical JSON of the operation's input: the same request has the same hash. */
  @Column('text')
  argsHash!: string;

  @Column('uuid')
  requestedBy!: string;

  /** When the requester last asked (asking again renews the request). */
  @Column('timestamptz')
  requestedAt!: Date;

  @Column('timestamptz')
  expiresAt!: Date;

  /** Who ran the operation this request was spent on (a second staff member, or an admin). */
  @Column({ type: 'uuid', nullable: true })
  confirmedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;
}
