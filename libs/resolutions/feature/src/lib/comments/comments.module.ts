import { Module } from '@nestjs/common';
import { ResolutionCommentRepository } from '@civic/resolutions-data-access';
import { ResolutionsModule } from '../resolutions';
import { SubmissionModule } from '../submission';
import { WorkflowModule } from '../workflow';
import { CommentOnResolutionService } from './comment-on-resolution.service';
import { HideResolutionCommentService } from './hide-resolution-comment.service';
import { ResolutionCommentsReader } from './resolution-comments-reader.service';
import { ResolutionCommentsResolver } from './resolution-comments.resolver';

/** The comments area's repository and use cases (the demo seed composes them too, hence the list). */
export const commentsProviders = [ResolutionCommentRepository, CommentOnResolutionService, HideResolutionCommentService, ResolutionCommentsReader];

/** The comments area's resolvers (tools/schema prints them). */
export const commentsResolvers = [ResolutionCommentsResolver];

/** Residents' comments on resolutions, and staff hiding them. */
@Module({
  imports: [ResolutionsModule, WorkflowModule, SubmissionModule],
  providers: [...commentsProviders, ...commentsResolvers],
})
export class CommentsModule {}
