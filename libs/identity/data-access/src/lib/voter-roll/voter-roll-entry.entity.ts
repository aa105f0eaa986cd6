import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * One person on the voter roll, as imported. It backs an account's residency only once the
 * person claims it with a voter code (`claimedBy`, unique: one roll identity, one account).
 * The roll's email is kept for staff (to mail a code) and never matched to accounts.
 */
@Entity({ name: 'voter_roll_entry' })
export class VoterRollEntryEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  voterId!: string;

  @Column('text')
  firstName!: string;

  @Column('text')
  lastName!: string;

  @Column('text', { nullable: true })
  email!: string | null;

  @Column('text')
  jurisdictionCode!: string;

  @Column('uuid', { nullable: true })
  importId!: string | null;

  @Column('uuid', { nullable: true })
  claimedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  claimedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
