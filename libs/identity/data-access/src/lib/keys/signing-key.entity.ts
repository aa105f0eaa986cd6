import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A key pair that signs access tokens. The public JWK is published at
 * /.well-known/jwks.json; the private JWK is stored encrypted (AES-256-GCM) when
 * IDENTITY_KEY_ENCRYPTION_SECRET is set, as plain JSON otherwise (development).
 */
@Entity({ name: 'signing_key' })
export class SigningKeyEntity {
  /** The JWK `kid`, also in every token's header. */
  @PrimaryColumn('text')
  kid!: string;

  @Column('text')
  algorithm!: string;

  @Column('jsonb')
  publicJwk!: Record<string, unknown>;

  /** `plain:<json>` or `aes-256-gcm:<iv>.<tag>.<ciphertext>` (base64url parts). */
  @Column('text')
  privateJwk!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Retired keys stay published (tokens they signed may still be live) but sign nothing. */
  @Column({ type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;
}
