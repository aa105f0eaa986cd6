import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { AccountTokenEntity, type AccountTokenPurpose } from './account-token.entity';

/** Account tokens: issuing one withdraws the earlier ones of its purpose; reading one locks it. */
@Injectable()
export class AccountTokenRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async issue(token: Pick<AccountTokenEntity, 'id' | 'accountId' | 'purpose' | 'email' | 'secretHash' | 'expiresAt'>, manager: EntityManager): Promise<void> {
    await this.revokeLive(token.accountId, token.purpose, new Date(), manager);
    await manager.insert(AccountTokenEntity, token);
  }

  revokeLive(accountId: string, purpose: AccountTokenPurpose, at: Date, manager: EntityManager): Promise<unknown> {
    return manager.update(AccountTokenEntity, { accountId, purpose, usedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: at });
  }

  findForUpdate(id: string, manager: EntityManager): Promise<AccountTokenEntity | null> {
    return manager.findOne(AccountTokenEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  saveFailedAttempts(id: string, failedAttempts: number, manager: EntityManager = this.dataSource.manager): Promise<unknown> {
    return manager.update(AccountTokenEntity, { id }, { failedAttempts });
  }

  markUsed(id: string, at: Date, manager: EntityManager): Promise<unknown> {
    return manager.update(AccountTokenEntity, { id }, { usedAt: at });
  }
}
