import { Module } from '@nestjs/common';
import { RefreshTokenRepository } from '@civic/identity-data-access';
import { AccountsModule } from '../accounts';
import { KeysModule } from '../keys';
import { LimitsModule } from '../limits';
import { MailModule } from '../mail';
import { VerificationModule } from '../verification';
import { PasswordResetService } from './password-reset.service';
import { AccessTokenIssuer } from './access-token.issuer';
import { AuthResolver } from './auth.resolver';
import { PasswordHasher } from './password-hasher.service';
import { RefreshSessionService } from './refresh-session.service';
import { RegisterService } from './register.service';
import { SessionIssuer } from './session-issuer.service';
import { SignInThrottle } from './sign-in-throttle.service';
import { SignInService } from './sign-in.service';
import { SignOutService } from './sign-out.service';

/** Registration, sign-in (lockout and throttle), refresh-token rotation, sign-out and password reset. */
@Module({
  imports: [AccountsModule, KeysModule, LimitsModule, MailModule, VerificationModule],
  providers: [
    RefreshTokenRepository,
    PasswordHasher,
    AccessTokenIssuer,
    SessionIssuer,
    SignInThrottle,
    SignInService,
    RegisterService,
    RefreshSessionService,
    SignOutService,
    PasswordResetService,
    AuthResolver,
  ],
})
export class SessionsModule {}
