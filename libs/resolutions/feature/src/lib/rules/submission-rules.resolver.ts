import { Query, Resolver } from '@nestjs/graphql';
import { WISCONSIN_SUBMISSION_LIMITS, type SubmissionLimits } from '@civic/resolutions-domain';
import { Public } from '@civic/platform';
import { SubmissionLimitsType } from './submission-limits.type';

/** The published rules for submitting a citizen resolution. */
@Resolver(() => SubmissionLimitsType)
export class SubmissionRulesResolver {
  @Public()
  @Query(() => SubmissionLimitsType, { description: 'The limits a citizen resolution must respect.' })
  resolutionSubmissionLimits(): SubmissionLimits {
    return WISCONSIN_SUBMISSION_LIMITS;
  }
}
