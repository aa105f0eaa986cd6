import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import { ResolutionCommentRepository, SubmissionRepository } from '@civic/resolutions-data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound, requiredText, requireUuid } from '@civic/util';
import { actorName } from '../resolutions';
import { AuditLogService } from '../workflow';
import type { HideResolutionCommentInput } from './resolution-comment.input';
import { toCommentType, type ResolutionCommentType } from './resolution-comment-mapping';

const MAX_REASON_LENGTH = 1000;

/** Use case: staff hide a comment with a stated, public reason. Comments are never deleted. */
@Injectable()
export class HideResolutionCommentService {
  constructor(
    private readonly submissions: SubmissionRepository,
    private readonly comments: ResolutionCommentRepository,
    private readonly audit: AuditLogService,
  ) {}

  async hide(user: AuthenticatedUser, input: HideResolutionCommentInput): Promise<ResolutionCommentType> {
    const commentId = requireUuid(input.commentId, 'commentId');
    const reason = requiredText(input.reason, 'reason', MAX_REASON_LENGTH);
    const saved = await this.submissions.transaction(async (manager) => {
      const comment = await this.comments.findForUpdate(manager, commentId);
      if (!comment) throw notFound('The comment', { commentId });
      if (comment.hiddenAt !== null) {
        throw new DomainError(ErrorCode.CONFLICT, 'The comment is already hidden.', { reason: 'already-hidden', hiddenAt: comment.hiddenAt.toISOString() });
      }
      const hidden = await this.comments.hide(manager, commentId, { hiddenBy: user.accountId, reason, at: new Date() });
      await this.audit.append(manager, {
        resolutionId: comment.resolutionId,
        kind: 'comment-hidden',
        actor: { kind: 'person', id: user.accountId, name: actorName(user) },
        data: { commentId, authorName: comment.authorName, reason },
      });
      return hidden;
    });
    return toCommentType(saved);
  }
}
