import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, Public, type AuthenticatedUser } from '@civic/platform';
import { IDENTITY_FEATURE_OPTIONS, type IdentityFeatureOptions } from '../identity-feature.options';
import { clientIpOf, type RequestLike } from '../limits';
import { EmailVerificationService } from './email-verification.service';

@Resolver()
export class VerificationResolver {
  constructor(
    private readonly verification: EmailVerificationService,
    @Inject(IDENTITY_FEATURE_OPTIONS) private readonly options: IdentityFeatureOptions,
  ) {}

  @Mutation(() => Boolean, {
    description:
      'Confirms the account’s email address with the code from the verification mail (anyone holding the code: no sign-in needed). ' +
      'Single use; expires after 48 hours; 5 wrong tries lock it (TOKEN_INVALID, TOKEN_EXPIRED, RATE_LIMITED). Always true when it succeeds.',
  })
  @Public()
  verifyEmail(@Args('token') token: string, @Context('req') req: RequestLike | undefined): Promise<boolean> {
    return this.verification.verify(token, clientIpOf(req, this.options.trustForwardedFor));
  }

  @Mutation(() => Boolean, {
    description:
      'Sends a new verification mail to the signed-in account (signed-in accounts); the previous code stops working. ' +
      'False when the email is verified already; RATE_LIMITED after a few in an hour.',
  })
  @Authenticated()
  requestEmailVerification(@CurrentUser() user: AuthenticatedUser): Promise<boolean> {
    return this.verification.resend(user.accountId);
  }
}
