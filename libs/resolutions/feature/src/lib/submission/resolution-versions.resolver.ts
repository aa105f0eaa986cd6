import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, Public, type AuthenticatedUser } from '@civic/platform';
import { ResolutionType } from '../resolutions';
import { EditResolutionInput } from './edit-resolution.input';
import { EditResolutionService } from './edit-resolution.service';
import { ResolutionVersionsReader } from './resolution-versions-reader.service';
import { ResolutionVersionComparisonType, ResolutionVersionType } from './resolution-version.type';

@Resolver(() => ResolutionType)
export class ResolutionVersionsResolver {
  constructor(
    private readonly editing: EditResolutionService,
    private readonly reader: ResolutionVersionsReader,
  ) {}

  @Authenticated()
  @Mutation(() => ResolutionType, {
    description:
      "Edits a resolution's title or text, keeping the earlier version (signed-in author until screening; staff at any stage that is not final). " +
      'Pass the version you read as expectedVersion (CONFLICT when stale).',
  })
  editResolution(@CurrentUser() user: AuthenticatedUser, @Args('input') input: EditResolutionInput): Promise<ResolutionType> {
    return this.editing.edit(user, input);
  }

  @Public()
  @ResolveField(() => [ResolutionVersionType], { description: 'Every version of the title and text, oldest first.' })
  versions(@Parent() resolution: ResolutionType): Promise<ResolutionVersionType[]> {
    return this.reader.versionsOf(resolution.id);
  }

  @Public()
  @Query(() => ResolutionVersionComparisonType, { description: 'What changed between two versions of a resolution, word by word.' })
  compareResolutionVersions(
    @Args('resolutionId', { type: () => ID }) resolutionId: string,
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int }) to: number,
  ): Promise<ResolutionVersionComparisonType> {
    return this.reader.compare(resolutionId, from, to);
  }
}
