import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { RefreshTokenEntity } from './refresh-token.entity';

/** Refresh tokens by hash; rotation and family revocation. */
@Injectable()
export class RefreshTokenRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insert(
    token: Pick<RefreshTokenEntity, 'id' | 'accountId' | 'familyId' | 'tokenHash' | 'expiresAt'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<unknown> {
    return manager.insert(RefreshTokenEntity, token);
  }

  findByHashForUpdate(tokenHash: Buffer, manager: EntityManager): Promise<RefreshTokenEntity | null> {
    return manager.findOne(RefreshTokenEntity, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  markRotated(id: string, at: Date, manager: EntityManager): Promise<unknown> {
    return manager.update(RefreshTokenEntity, { id }, { rotatedAt: at });
  }

  /** Revokes every live refresh token of the account: all its sessions end (a password reset). */
  async revokeAllForAccount(accountId: string, at: Date, manager: EntityManager): Promise<number> {
    const result = await manager.update(RefreshTokenEntity, { accountId, revokedAt: IsNull() }, { revokedAt: at });
    return result.affected ?? 0;
  }

  async revokeFamily(familyId: string, at: Date, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const result = await manager.update(RefreshTokenEntity, { familyId, revokedAt: IsNull() }, { revokedAt: at });
    return result.affected ?? 0;
  }
}

/**
 * Deletes refresh tokens nobody can use any more: expired ones, and revoked ones after a
 * grace period (kept a while for audit). Works in batches so it never holds long locks.
 */
export async function pruneRefreshTokens(dataSource: DataSource, options: { revokedRetentionMs: number; batchSize: number; now?: Date }): Promise<number> {
  const now = options.now ?? new Date();
  const revokedBefore = new Date(now.getTime() - options.revokedRetentionMs);
  let deleted = 0;
  for (;;) {
    const rows: Array<{ count: number }> = await dataSource.query(
      `WITH deleted AS (
         DELETE FROM "identity"."refresh_token" WHERE "id" IN (
           SELECT "id" FROM "identity"."refresh_token"
            WHERE "expires_at" < $1 OR "revoked_at" < $2
            LIMIT $3)
         RETURNING 1)
       SELECT count(*)::int AS "count" FROM deleted`,
      [now, revokedBefore, options.batchSize],
    );
    const count = rows[0]?.count ?? 0;
    deleted += count;
    if (count < options.batchSize) return deleted;
  }
}
