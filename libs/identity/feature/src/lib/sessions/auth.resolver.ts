import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '@civic/platform';
import { IDENTITY_FEATURE_OPTIONS, type IdentityFeatureOptions } from '../identity-feature.options';
import { AuthPayloadType } from './auth-payload.type';
import { RegisterInput, SignInInput } from './auth.input';
import { RegisterService } from './register.service';
import type { AuthSession } from './session-issuer.service';
import { SignInService } from './sign-in.service';
import { RefreshSessionService } from './refresh-session.service';
import { SignOutService } from './sign-out.service';
import { clientIpOf } from './client-ip';

/** Sign-up, sign-in, refresh and sign-out: public by nature, each guarded by its own checks. */
@Resolver()
@Public()
export class AuthResolver {
  constructor(
    private readonly registration: RegisterService,
    private readonly signInService: SignInService,
    private readonly refreshing: RefreshSessionService,
    private readonly signingOut: SignOutService,
    @Inject(IDENTITY_FEATURE_OPTIONS) private readonly options: IdentityFeatureOptions,
  ) {}

  @Mutation(() => AuthPayloadType, { description: 'Creates a resident account and signs it in (anyone).' })
  register(@Args('input') input: RegisterInput): Promise<AuthSession> {
    return this.registration.register(input);
  }

  @Mutation(() => AuthPayloadType, {
    description: 'Signs in with email and password (anyone). Repeated failures lock the account (ACCOUNT_LOCKED) or throttle the caller (RATE_LIMITED).',
  })
  signIn(@Args('input') input: SignInInput, @Context('req') req: Parameters<typeof clientIpOf>[0]): Promise<AuthSession> {
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
}
