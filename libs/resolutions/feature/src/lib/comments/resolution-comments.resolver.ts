import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, PageArgs, Public, RequireRoles, type AuthenticatedUser, type Connection } from '@civic/platform';
import { ResolutionType } from '../resolutions';
import { CommentOnResolutionService } from './comment-on-resolution.service';
import { HideResolutionCommentService } from './hide-resolution-comment.service';
import { CommentOnResolutionInput, HideResolutionCommentInput } from './resolution-comment.input';
import { ResolutionCommentConnection, ResolutionCommentType } from './resolution-comment.type';
import { ResolutionCommentsReader } from './resolution-comments-reader.service';

@Resolver(() => ResolutionType)
export class ResolutionCommentsResolver {
  constructor(
    private readonly commenting: CommentOnResolutionService,
    private readonly hiding: HideResolutionCommentService,
    private readonly reader: ResolutionCommentsReader,
  ) {}

  @Authenticated()
  @Mutation(() => ResolutionCommentType, {
    description: 'Comments publicly on a resolution (any signed-in resident), at the stages its pipeline opens to comment; COMMENTS_CLOSED otherwise.',
  })
  commentOnResolution(@CurrentUser() user: AuthenticatedUser, @Args('input') input: CommentOnResolutionInput): Promise<ResolutionCommentType> {
    return this.commenting.comment(user, input);
  }

  @RequireRoles('staff', 'admin')
  @Mutation(() => ResolutionCommentType, {
    description: 'Hides a comment with a stated reason, shown in its place (staff). Comments are never deleted. Audited.',
  })
  hideResolutionComment(@CurrentUser() user: AuthenticatedUser, @Args('input') input: HideResolutionCommentInput): Promise<ResolutionCommentType> {
    return this.hiding.hide(user, input);
  }

  @Public()
  @ResolveField(() => ResolutionCommentConnection, { description: 'Public comments, oldest first; a hidden one shows why, not what.' })
  comments(@Parent() resolution: ResolutionType, @Args() page: PageArgs): Promise<Connection<ResolutionCommentType>> {
    return this.reader.page(resolution.id, page);
  }
}
