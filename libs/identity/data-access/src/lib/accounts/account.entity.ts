import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ResidencyVerificationMethod, Role } from '@civic/contracts';
import type { MailLanguage, ResidencyStatus } from '@civic/identity-domain';

/** A person's account. Emails are stored normalized (trimmed, lower-case) and unique. */
@Entity({ name: 'account' })
export class AccountEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  email!: string;

  @Column('text')
  displayName!: string;

  /** argon2id, PHC string format (parameters and salt included). */
  @Column('text')
  passwordHash!: string;

  @Column('text', { array: true })
  roles!: Role[];

  /** The counties (jurisdiction codes) a clerk serves; empty unless `roles` has clerk. */
  @Column('text', { array: true, default: () => "'{}'" })
  clerkOf!: string[];

  @Column('int', { default: 0 })
  failedSignInCount!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column('text', { nullable: true })
  residencyJurisdictionCode!: string | null;

  @Column('text', { default: 'unverified' })
  residencyStatus!: ResidencyStatus;

  @Column('text', { nullable: true })
  residencyMethod!: ResidencyVerificationMethod | null;

  @Column({ type: 'timestamptz', nullable: true })
  residencyVerifiedAt!: Date | null;

  /** When the person proved they read mail at `email` (a verification or reset token); null until then. */
  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  /** The language of mails to this account ('en', 'es'); English when null. */
  @Column('text', { nullable: true })
  language!: MailLanguage | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
