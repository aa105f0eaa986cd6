import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ConfirmationGate } from '@civic/data-access';
import { CurrentUser, PendingConfirmationType, Public, RequireRoles, type AuthenticatedUser } from '@civic/platform';
import { PipelineService } from './pipeline.service';
import { ResolutionPipelineType, toResolutionPipelineType } from './pipeline.type';

/** The pipeline is public; an admin, or two staff members, publish a new version. */
@Resolver()
export class PipelineResolver {
  constructor(
    private readonly pipelines: PipelineService,
    private readonly confirmations: ConfirmationGate,
  ) {}

  @Public()
  @Query(() => ResolutionPipelineType, {
    description: 'A version of the resolution pipeline: its stages, transitions, who may take them, conditions and deadlines (the current one by default).',
  })
  async resolutionPipeline(@Args('version', { type: () => Int, nullable: true }) version?: number | null): Promise<ResolutionPipelineType> {
    const pipeline =
      version === null || version === undefined ? await this.pipelines.currentPipeline() : await this.pipelines.pipelineVersion(undefined, version);
    return toResolutionPipelineType(pipeline);
  }

  @RequireRoles('staff', 'admin', 'observer')
  @Query(() => [PendingConfirmationType], {
    description: 'Staff, admins and observers: requests to publish a pipeline waiting for a second staff member (unconfirmed, unexpired), oldest first.',
  })
  pendingResolutionsConfirmations(): Promise<PendingConfirmationType[]> {
    return this.confirmations.pending();
  }

  @RequireRoles('staff', 'admin')
  @Mutation(() => ResolutionPipelineType, {
    description:
      'Publishes a new version of the pipeline from its JSON definition. New resolutions follow it; those under way keep theirs. ' +
      'Admin, or agency staff with a second staff member’s confirmation: the second sends the same request (the same definition and reason) within 24 hours; until then the call is refused with CONFIRMATION_REQUIRED and nothing changes. ' +
      'Refused with BAD_USER_INPUT listing the problems (each with its path) when invalid, including automatic moves that cannot work (transitions’ effects and takenWhen).',
  })
  async publishResolutionPipeline(
    @CurrentUser() user: AuthenticatedUser,
    @Args('definitionJson') definitionJson: string,
    @Args('reason') reason: string,
  ): Promise<ResolutionPipelineType> {
    return toResolutionPipelineType(await this.pipelines.publish(user, definitionJson, reason));
  }
}
