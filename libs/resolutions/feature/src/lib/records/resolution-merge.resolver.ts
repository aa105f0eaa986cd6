import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, type AuthenticatedUser } from '@civic/platform';
import { ResolutionType } from '../resolutions';
import { MergeResolutionsInput } from './merge-resolutions.input';
import { MergeResolutionsService } from './merge-resolutions.service';

@Resolver(() => ResolutionType)
export class ResolutionMergeResolver {
  constructor(private readonly merging: MergeResolutionsService) {}

  @Authenticated()
  @Mutation(() => ResolutionType, {
    description:
      'Staff, or a member of the committee the originals are referred to: merges similar resolutions into an existing one or a new one. ' +
      'The originals move to "merged" and point to the result; returns the result.',
  })
  mergeResolutions(@CurrentUser() user: AuthenticatedUser, @Args('input') input: MergeResolutionsInput): Promise<ResolutionType> {
    return this.merging.merge(user, input);
  }
}
