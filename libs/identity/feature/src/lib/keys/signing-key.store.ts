import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { errors, exportJWK, generateKeyPair, importJWK, type JWK, type JWTVerifyGetKey, type KeyLike } from 'jose';
import { DataSource, IsNull } from 'typeorm';
import { SigningKeyEntity } from '@civic/identity-data-access';
import { IDENTITY_FEATURE_OPTIONS, type IdentityFeatureOptions } from '../identity-feature.options';
import { isStoredInClear, openPrivateJwk, sealPrivateJwk } from './private-key-codec';

export const SIGNING_ALGORITHM = 'EdDSA';

interface LoadedKeys {
  signing: { kid: string; privateKey: KeyLike };
  published: JWK[];
  verification: Map<string, KeyLike>;
}

/**
 * The Ed25519 keys that sign access tokens, kept in the identity schema. The first start
 * generates one (under an advisory lock, so two instances starting together agree).
 * Unknown `kid`s trigger a reload at most every 30 s, so a key added by another instance
 * is picked up without letting forged `kid`s hammer the database.
 */
@Injectable()
export class SigningKeyStore {
  private readonly logger = new Logger(SigningKeyStore.name);
  private keys: Promise<LoadedKeys> | undefined;
  private loadedAt = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IDENTITY_FEATURE_OPTIONS) private readonly options: IdentityFeatureOptions,
  ) {}

  async signingKey(): Promise<{ kid: string; privateKey: KeyLike }> {
    return (await this.load()).signing;
  }

  /** Public keys only, as published at /.well-known/jwks.json. */
  async jwks(): Promise<{ keys: JWK[] }> {
    return { keys: (await this.load()).published };
  }

  /** The key resolver the AccessTokenVerifier of this service uses. */
  readonly verificationKeys: JWTVerifyGetKey = async (header) => {
    let keys = await this.load();
    const kid = header.kid;
    if (kid && !keys.verification.has(kid) && Date.now() - this.loadedAt > 30_000) {
      this.keys = undefined;
      keys = await this.load();
    }
    const key = kid ? keys.verification.get(kid) : undefined;
    if (!key) throw new errors.JWKSNoMatchingKey();
    return key;
  };

  private load(): Promise<LoadedKeys> {
    if (!this.keys) {
      this.keys = this.loadOrCreate().catch((error: unknown) => {
        this.keys = undefined;
        throw error;
      });
      this.loadedAt = Date.now();
    }
    return this.keys;
  }

  private async loadOrCreate(): Promise<LoadedKeys> {
    let rows = await this.dataSource.getRepository(SigningKeyEntity).find({ order: { createdAt: 'DESC' } });
    if (!rows.some((row) => row.retiredAt === null)) {
      await this.createFirstKey();
      rows = await this.dataSource.getRepository(SigningKeyEntity).find({ order: { createdAt: 'DESC' } });
    }
    const active = rows.find((row) => row.retiredAt === null);
    if (!active) throw new Error('no active signing key');
    const verification = new Map<string, KeyLike>();
    for (const row of rows) {
      verification.set(row.kid, (await importJWK(asJwk(row.publicJwk), SIGNING_ALGORITHM)) as KeyLike);
    }
    const privateJwk = asJwk(openPrivateJwk(active.privateJwk, this.options.keyEncryptionSecret));
    await this.sealIfStoredInClear(active);
    return {
      signing: { kid: active.kid, privateKey: (await importJWK(privateJwk, SIGNING_ALGORITHM)) as KeyLike },
      published: rows.map((row) => ({ ...asJwk(row.publicJwk), kid: row.kid, alg: SIGNING_ALGORITHM, use: 'sig' })),
      verification,
    };
  }

  /**
   * A key stored in clear before a secret was configured (a development database promoted,
   * or an older deployment) is sealed in place once a secret is set: at rest it is never
   * left readable.
   */
  private async sealIfStoredInClear(row: SigningKeyEntity): Promise<void> {
    const secret = this.options.keyEncryptionSecret;
    if (!secret || !isStoredInClear(row.privateJwk)) return;
    const sealed = sealPrivateJwk(openPrivateJwk(row.privateJwk, secret), secret);
    await this.dataSource.getRepository(SigningKeyEntity).update({ kid: row.kid, privateJwk: row.privateJwk }, { privateJwk: sealed });
    this.logger.log(`sealed signing key ${row.kid}, which was stored unencrypted`);
  }

  private async createFirstKey(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('identity.signing_key'))`);
      const existing = await manager.countBy(SigningKeyEntity, { retiredAt: IsNull() });
      if (existing > 0) return;
      const { publicKey, privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { crv: 'Ed25519', extractable: true });
      const kid = randomUUID();
      await manager.insert(SigningKeyEntity, {
        kid,
        algorithm: SIGNING_ALGORITHM,
        publicJwk: { ...(await exportJWK(publicKey)) },
        privateJwk: sealPrivateJwk(await exportJWK(privateKey), this.options.keyEncryptionSecret),
      });
      this.logger.log(
        `generated signing key ${kid}${this.options.keyEncryptionSecret ? '' : ' (stored unencrypted: set IDENTITY_KEY_ENCRYPTION_SECRET in production)'}`,
      );
    });
  }
}

/** Stored JWKs were written by `exportJWK`; the column type just cannot say so. */
function asJwk(value: Record<string, unknown>): JWK {
  return value as unknown as JWK;
}
