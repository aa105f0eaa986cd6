import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { badInput, characterCount, DomainError, requiredText } from '@civic/util';
import { isMailLanguage, isPlausibleEmail, isValidJurisdictionCode, normalizeEmail, selfDeclaredResidency, type MailLanguage } from '@civic/identity-domain';
import { AccountRepository } from '@civic/identity-data-access';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, PasswordHasher } from './password-hasher.service';
import { SessionIssuer, type AuthSession } from './session-issuer.service';
import { AccountTokens } from '../verification';

const MAX_DISPLAY_NAME_LENGTH = 100;

export interface RegisterCommand {
  email: string;
  displayName: string;
  password: string;
  /** The county the person says they live in; recorded as self-declared, unverified. */
  jurisdictionCode?: string | null;
  language?: MailLanguage | null;
}

/** Public sign-up: a resident account, signed in at once, and a mail to verify its email address. */
@Injectable()
export class RegisterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionIssuer,
    private readonly tokens: AccountTokens,
  ) {}

  async register(command: RegisterCommand): Promise<AuthSession> {
    const email = normalizeEmail(command.email);
    const jurisdictionCode = command.jurisdictionCode?.trim().toUpperCase() || null;
    if (!isPlausibleEmail(email)) throw badInput('email', 'email is not a valid address');
    const displayName = requiredText(command.displayName, 'displayName', MAX_DISPLAY_NAME_LENGTH);
    const passwordLength = characterCount(command.password);
    if (passwordLength < MIN_PASSWORD_LENGTH || passwordLength > MAX_PASSWORD_LENGTH) {
      throw badInput('password', `password must be ${MIN_PASSWORD_LENGTH}–${MAX_PASSWORD_LENGTH} characters`);
    }
    if (jurisdictionCode !== null && !isValidJurisdictionCode(jurisdictionCode)) {
      throw badInput('jurisdictionCode', 'jurisdictionCode is not a valid code');
    }
    const language = command.language ?? null;
    if (language !== null && !isMailLanguage(language)) throw badInput('language', 'language must be en or es');
    const passwordHash = await this.passwords.hash(command.password);
    return this.dataSource.transaction(async (manager) => {
      const id = randomUUID();
      const inserted = await this.accounts.insert(
        { id, email, displayName, passwordHash, roles: ['resident'], residency: selfDeclaredResidency(jurisdictionCode), language },
        manager,
      );
      if (!inserted) throw new DomainError(ErrorCode.CONFLICT, 'An account with this email already exists.', { field: 'email' });
      const account = await this.accounts.findById(id, manager);
      if (!account) throw new Error(`account ${id} vanished inside its own transaction`);
      await this.tokens.issue(manager, account, 'email-verification');
      return this.sessions.issue(account, manager);
    });
  }
}
