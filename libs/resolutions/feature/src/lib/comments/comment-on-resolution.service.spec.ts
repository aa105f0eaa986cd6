import type { EntityManager } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { WISCONSIN_PIPELINE, type PipelineDefinition } from '@civic/resolutions-domain';
import type {
  ResolutionCommentEntity,
  ResolutionCommentRepository,
  ResolutionEntity,
  ResolutionLookupRepository,
  SubmissionRepository,
} from '@civic/resolutions-data-access';
import type { PipelineService, PublishedPipeline } from '../workflow';
import { CommentOnResolutionService } from './comment-on-resolution.service';

/** A later pipeline version that closes comment while a resolution is introduced. */
const CLOSED_WHEN_INTRODUCED: PipelineDefinition = {
  ...WISCONSIN_PIPELINE,
  stages: WISCONSIN_PIPELINE.stages.map((stage) => (stage.code === 'introduced' ? { ...stage, commentsOpen: false } : stage)),
};

function serviceFor(pipelineVersion: number) {
  const resolution = { id: '00000000-0000-4000-8000-000000000001', stage: 'introduced', pipelineVersion } as ResolutionEntity;
  const inserted: unknown[] = [];
  const submissions = {
    transaction: <T>(work: (manager: EntityManager) => Promise<T>) => work({} as EntityManager),
  } as unknown as SubmissionRepository;
  const resolutions = { findById: () => Promise.resolve(resolution) } as unknown as ResolutionLookupRepository;
  const comments = {
    insert: (_manager: EntityManager, comment: Omit<ResolutionCommentEntity, 'id'>) => {
      inserted.push(comment);
      return Promise.resolve({ ...comment, id: 'c1', createdAt: new Date(), hiddenAt: null, hiddenBy: null, hiddenReason: null });
    },
  } as unknown as ResolutionCommentRepository;
  const pipelines = {
    pipelineVersion: (_manager: EntityManager, version: number) =>
      Promise.resolve({ version, definition: version === 1 ? WISCONSIN_PIPELINE : CLOSED_WHEN_INTRODUCED } as PublishedPipeline),
  } as unknown as PipelineService;
  return { service: new CommentOnResolutionService(submissions, resolutions, comments, pipelines), inserted, resolution };
}

const user = { accountId: '00000000-0000-4000-8000-000000000002', roles: ['resident'] as const, tokenId: undefined, displayName: 'Cy' };

describe('CommentOnResolutionService', () => {
  it("judges the stage by the resolution's own pipeline version, not the latest", async () => {
    const underWay = serviceFor(1);
    await expect(underWay.service.comment(user, { resolutionId: underWay.resolution.id, body: 'Yes' })).resolves.toMatchObject({ body: 'Yes' });
    expect(underWay.inserted).toHaveLength(1);

    const later = serviceFor(2);
    await expect(later.service.comment(user, { resolutionId: later.resolution.id, body: 'Yes' })).rejects.toMatchObject({ code: ErrorCode.COMMENTS_CLOSED });
    expect(later.inserted).toHaveLength(0);
  });
});
