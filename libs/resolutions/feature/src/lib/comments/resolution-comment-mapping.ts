import type { ResolutionCommentEntity } from '@civic/resolutions-data-access';
import type { ResolutionCommentType } from './resolution-comment.type';

export type { ResolutionCommentType };

/** What the public sees: a hidden comment's body stays in the database but is not shown. */
export function toCommentType(row: ResolutionCommentEntity): ResolutionCommentType {
  const hidden = row.hiddenAt !== null;
  return {
    id: row.id,
    resolutionId: row.resolutionId,
    authorName: row.authorName,
    body: hidden ? null : row.body,
    stage: row.stage,
    createdAt: row.createdAt,
    hidden,
    hiddenAt: row.hiddenAt,
    hiddenReason: row.hiddenReason,
  };
}
