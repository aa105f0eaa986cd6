import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The one live voter code of a roll entry (re-issuing replaces it). Only the SHA-256 of the
 * code's canonical form is stored; 5 wrong attempts lock it until staff issue a new one.
 */
@Entity({ name: 'voter_code' })
export class VoterCodeEntity {
  @PrimaryColumn('uuid')
  rollEntryId!: string;

  @Column('bytea')
  codeHash!: Buffer;

  @Column('uuid')
  issuedBy!: string;

  @Column({ type: 'timestamptz' })
  issuedAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column('int', { default: 0 })
  failedAttempts!: number;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column('uuid', { nullable: true })
  usedBy!: string | null;
}
