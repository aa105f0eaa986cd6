import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ResolutionCommentEntity } from './resolution-comment.entity';

export interface NewResolutionComment {
  resolutionId: string;
  authorId: string;
  authorName: string;
  body: string;
  stage: string;
}

/** Public comments. There is no delete: a comment is hidden with a reason, and a rule in the database drops deletes. */
@Injectable()
export class ResolutionCommentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stamped with the database's time: comments are listed in the order they arrived. */
  async insert(manager: EntityManager, comment: NewResolutionComment): Promise<ResolutionCommentEntity> {
    const result = await manager.insert(ResolutionCommentEntity, comment);
    const id = (result.identifiers[0] as { id?: string } | undefined)?.id;
    if (!id) throw new Error('the database returned no id for the new comment');
    return manager.findOneByOrFail(ResolutionCommentEntity, { id });
  }

  /** Locked until the transaction ends, so that two staff members cannot both hide it. */
  findForUpdate(manager: EntityManager, id: string): Promise<ResolutionCommentEntity | null> {
    return manager.createQueryBuilder(ResolutionCommentEntity, 'comment').where('comment.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async hide(manager: EntityManager, id: string, change: { hiddenBy: string; reason: string; at: Date }): Promise<ResolutionCommentEntity> {
    await manager.update(ResolutionCommentEntity, { id }, { hiddenAt: change.at, hiddenBy: change.hiddenBy, hiddenReason: change.reason });
    return manager.findOneByOrFail(ResolutionCommentEntity, { id });
  }

  /** One page of a resolution's comments, oldest first (a stable order for cursors). */
  page(resolutionId: string, offset: number, limit: number): Promise<[ResolutionCommentEntity[], number]> {
    return this.dataSource
      .getRepository(ResolutionCommentEntity)
      .findAndCount({ where: { resolutionId }, order: { createdAt: 'ASC', id: 'ASC' }, skip: offset, take: limit });
  }
}
