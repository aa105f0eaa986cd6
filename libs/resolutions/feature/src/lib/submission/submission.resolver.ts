import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, Public, type AuthenticatedUser } from '@civic/platform';
import { ResolutionType } from '../resolutions';
import { MyResolutionsService } from './my-resolutions.service';
import { ResolutionSubmissionType, SimilarResolutionType } from './resolution-submission.type';
import { SimilarResolutionsService } from './similar-resolutions.service';
import { SubmitResolutionInput } from './submit-resolution.input';
import { SubmitResolutionService } from './submit-resolution.service';

@Resolver(() => ResolutionSubmissionType)
export class SubmissionResolver {
  constructor(
    private readonly submitting: SubmitResolutionService,
    private readonly similar: SimilarResolutionsService,
    private readonly mine: MyResolutionsService,
  ) {}

  @Authenticated()
  @Mutation(() => ResolutionSubmissionType, {
    description:
      "Submits a citizen resolution (a verified resident; NOT_ELIGIBLE otherwise) while the congress year's window is open, within its length and yearly limits. " +
      'Returns it with the existing resolutions most like it.',
  })
  submitResolution(@CurrentUser() user: AuthenticatedUser, @Args('input') input: SubmitResolutionInput): Promise<ResolutionSubmissionType> {
    return this.submitting.submit(user, input);
  }

  @Public()
  @Query(() => [SimilarResolutionType], { description: 'Existing resolutions like a text, most alike first: check before submitting.' })
  similarResolutions(
    @Args('text') text: string,
    @Args('limit', { type: () => Int, nullable: true, description: '1–20, default 5.' }) limit?: number | null,
  ): Promise<SimilarResolutionType[]> {
    return this.similar.similarTo(text, { limit });
  }

  @Authenticated()
  @Query(() => [ResolutionType], { description: "The caller's own resolutions, newest first; optionally of one congress year." })
  myResolutions(@CurrentUser() user: AuthenticatedUser, @Args('year', { type: () => Int, nullable: true }) year?: number | null): Promise<ResolutionType[]> {
    return this.mine.mine(user, year ?? undefined);
  }
}
