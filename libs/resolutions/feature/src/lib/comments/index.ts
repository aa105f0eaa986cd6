// Residents' comments on resolutions, and staff hiding them.
export { CommentOnResolutionService } from './comment-on-resolution.service';
export { HideResolutionCommentService } from './hide-resolution-comment.service';
export { CommentsModule, commentsProviders, commentsResolvers } from './comments.module';
