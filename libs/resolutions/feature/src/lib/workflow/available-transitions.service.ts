import { Injectable } from '@nestjs/common';
import { availableTransitions, type TransitionDefinition } from '@civic/resolutions-domain';
import { ResolutionLookupRepository, ResolutionWorkflowRepository } from '@civic/resolutions-data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { PipelineService } from './pipeline.service';
import { ResolutionFactsService } from './resolution-facts.service';

/** What the caller may do with a resolution now (given the right inputs): for menus and the staff console. */
@Injectable()
export class AvailableTransitionsService {
  constructor(
    private readonly workflow: ResolutionWorkflowRepository,
    private readonly resolutions: ResolutionLookupRepository,
    private readonly pipelines: PipelineService,
    private readonly facts: ResolutionFactsService,
  ) {}

  async forUser(user: AuthenticatedUser, resolutionId: string): Promise<TransitionDefinition[]> {
    const manager = this.workflow.manager;
    const row = await this.resolutions.findById(resolutionId, manager);
    if (!row) return [];
    const { definition } = await this.pipelines.pipelineVersion(manager, row.pipelineVersion);
    const facts = await this.facts.factsOf(manager, row);
    const actor = await this.facts.personActor(manager, user, row.id);
    return availableTransitions(definition, facts, actor);
  }
}
