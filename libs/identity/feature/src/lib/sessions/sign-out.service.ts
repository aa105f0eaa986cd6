import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RefreshTokenRepository } from '@civic/identity-data-access';
import { hashRefreshToken } from './session-issuer.service';

/**
 * Ends the session the refresh token belongs to (its whole family). Idempotent, and the
 * answer is the same for unknown tokens so it reveals nothing. Access tokens already
 * issued stay valid until they expire (minutes): that is the price of local verification.
 */
@Injectable()
export class SignOutService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly refreshTokens: RefreshTokenRepository,
  ) {}

  async signOut(refreshToken: string): Promise<true> {
    await this.dataSource.transaction(async (manager) => {
      const stored = await this.refreshTokens.findByHashForUpdate(hashRefreshToken(refreshToken), manager);
      if (stored) await this.refreshTokens.revokeFamily(stored.familyId, new Date(), manager);
    });
    return true;
  }
}
