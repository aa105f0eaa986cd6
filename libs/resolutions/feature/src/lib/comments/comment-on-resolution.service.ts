import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import { stageOf } from '@civic/resolutions-domain';
import { ResolutionCommentRepository, ResolutionLookupRepository, SubmissionRepository } from '@civic/resolutions-data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound, requiredText, requireUuid } from '@civic/util';
import { actorName } from '../resolutions';
import { PipelineService } from '../workflow';
import type { CommentOnResolutionInput } from './resolution-comment.input';
import { toCommentType, type ResolutionCommentType } from './resolution-comment-mapping';

export const MAX_COMMENT_LENGTH = 2000;

/**
 * Use case: a signed-in person comments on a resolution, at the stages its own pipeline
 * version opens to comment (a later version closing a stage does not close it for
 * resolutions already under way).
 */
@Injectable()
export class CommentOnResolutionService {
  constructor(
    private readonly submissions: SubmissionRepository,
    private readonly resolutions: ResolutionLookupRepository,
    private readonly comments: ResolutionCommentRepository,
    private readonly pipelines: PipelineService,
  ) {}

  async comment(user: AuthenticatedUser, input: CommentOnResolutionInput): Promise<ResolutionCommentType> {
    const resolutionId = requireUuid(input.resolutionId, 'resolutionId');
    const body = requiredText(input.body, 'body', MAX_COMMENT_LENGTH);
    const saved = await this.submissions.transaction(async (manager) => {
      const resolution = await this.resolutions.findById(resolutionId, manager);
      if (!resolution) throw notFound('The resolution', { resolutionId });
      const pipeline = (await this.pipelines.pipelineVersion(manager, resolution.pipelineVersion)).definition;
      if (!stageOf(pipeline, resolution.stage)?.commentsOpen) {
        throw new DomainError(ErrorCode.COMMENTS_CLOSED, 'Public comment is closed at this stage.', { stage: resolution.stage });
      }
      return this.comments.insert(manager, {
        resolutionId,
        authorId: user.accountId,
        authorName: actorName(user),
        body,
        stage: resolution.stage,
      });
    });
    return toCommentType(saved);
  }
}
