import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type AccountTokenPurpose = 'email-verification' | 'password-reset';

/**
 * A single-use token sent by mail: it verifies an email address or resets a password. Only
 * the SHA-256 of its secret is stored; the id travels in the token, so wrong secrets count
 * against it (`failedAttempts`) until it locks. A newer token of the same purpose revokes it.
 */
@Entity({ name: 'account_token' })
export class AccountTokenEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  accountId!: string;

  @Column('text')
  purpose!: AccountTokenPurpose;

  /** The address the token was sent to: verifying proves that address, not a later one. */
  @Column('text')
  email!: string;

  @Column('bytea')
  secretHash!: Buffer;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column('int', { default: 0 })
  failedAttempts!: number;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
