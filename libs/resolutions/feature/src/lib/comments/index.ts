import type { Provider } from '@nestjs/common';
import { ResolutionCommentRepository } from '@civic/resolutions-data-access';
import { CommentOnResolutionService } from './comment-on-resolution.service';
import { HideResolutionCommentService } from './hide-resolution-comment.service';
import { ResolutionCommentsReader } from './resolution-comments-reader.service';
import { ResolutionCommentsResolver } from './resolution-comments.resolver';

// The comments area's providers and resolvers, composed by ResolutionsFeatureModule.
export const commentsProviders: Provider[] = [ResolutionCommentRepository, CommentOnResolutionService, HideResolutionCommentService, ResolutionCommentsReader];
export const commentsResolvers: Provider[] = [ResolutionCommentsResolver];
