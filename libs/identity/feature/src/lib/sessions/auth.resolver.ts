import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '@civic/platform';
import { IDENTITY_FEATURE_OPTIONS, type IdentityFeatureOptions } from '../identity-feature.options';
import { AuthPayloadType } from './auth-payload.type';
import { RegisterInput, ResetPasswordInput, SignInInput } from './auth.input';
import { RegisterService } from './register.service';
import type { AuthSession } from './session-issuer.service';
import { SignInService } from './sign-in.service';
import { RefreshSessionService } from './refresh-session.service';
import { SignOutService } from './sign-out.service';
import { PasswordResetService } from './password-reset.service';
import { clientIpOf, type RequestLike } from '../limits';

/** Sign-up, sign-in, refresh, sign-out and password reset: public by nature, each guarded by its own checks. */
@Resolver()
@Public()
export class AuthResolver {
  constructor(
    private readonly registration: RegisterService,
    private readonly signInService: SignInService,
    private readonly refreshing: RefreshSessionService,
    private readonly signingOut: SignOutService,
    private readonly passwordReset: PasswordResetService,
    @Inject(IDENTITY_FEATURE_OPTIONS) private readonly options: IdentityFeatureOptions,
  ) {}

  @Mutation(() => AuthPayloadType, {
    description:
      'Creates a resident account and signs it in (anyone). A verification mail goes to the email address: until it is confirmed (verifyEmail) the account cannot claim a voter code.',
  })
  register(@Args('input') input: RegisterInput): Promise<AuthSession> {
    return this.registration.register(input);
  }

  @Mutation(() => AuthPayloadType, {
    description: 'Signs in with email and password (anyone). Repeated failures lock the account (ACCOUNT_LOCKED) or throttle the caller (RATE_LIMITED).',
  })
  signIn(@Args('input') input: SignInInput, @Context('req') req: RequestLike | undefined): Promise<AuthSession> {
    return this.signInService.signIn(input, clientIpOf(req, this.options.trustForwardedFor));
  }

  @Mutation(() => AuthPayloadType, { description: 'Exchanges a refresh token for new tokens; the old one stops working (anyone holding the refresh token).' })
  refreshSession(@Args('refreshToken') refreshToken: string): Promise<AuthSession> {
    return this.refreshing.refresh(refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Ends the session of this refresh token (anyone holding it). Always true.' })
  signOut(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    return this.signingOut.signOut(refreshToken);
  }

  @Mutation(() => Boolean, {
    description:
      'Mails a password-reset code to the address if it has an account (anyone). Always true whether or not it has one; RATE_LIMITED after a few requests an hour per address.',
  })
  requestPasswordReset(@Args('email') email: string, @Context('req') req: RequestLike | undefined): Promise<boolean> {
    return this.passwordReset.request(email, clientIpOf(req, this.options.trustForwardedFor));
  }

  @Mutation(() => Boolean, {
    description:
      'Sets a new password with the code from the reset mail (anyone holding the code). Single use, expires after an hour, 5 wrong tries lock it; ends every session of the account. Always true when it succeeds.',
  })
  resetPassword(@Args('input') input: ResetPasswordInput, @Context('req') req: RequestLike | undefined): Promise<boolean> {
    return this.passwordReset.reset(input.token, input.newPassword, clientIpOf(req, this.options.trustForwardedFor));
  }
}
