import { Injectable } from '@nestjs/common';
import { ResolutionCommentRepository } from '@civic/resolutions-data-access';
import { pageWindow, toConnection, type Connection, type PageArgs } from '@civic/platform';
import { toCommentType, type ResolutionCommentType } from './resolution-comment-mapping';

/** Reads of public comments, oldest first. */
@Injectable()
export class ResolutionCommentsReader {
  constructor(private readonly comments: ResolutionCommentRepository) {}

  async page(resolutionId: string, args: PageArgs): Promise<Connection<ResolutionCommentType>> {
    const window = pageWindow(args);
    const [rows, total] = await this.comments.page(resolutionId, window.offset, window.limit);
    return toConnection(rows.map(toCommentType), total, window);
  }
}
