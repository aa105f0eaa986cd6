import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { carriesOver, nextCycleYear } from '@civic/resolutions-domain';
import { ResolutionLookupRepository, ResolutionWorkflowRepository, RuleResolutionRepository, type ResolutionEntity } from '@civic/resolutions-data-access';
import { DomainError } from '@civic/util';
import { PipelineService, TransitionResolutionService, type WorkflowActor } from '../workflow';

/**
 * Use case: the yearly roll-over. What the county passed but the pipeline has not decided
 * (stages marked `carriesOver`) moves into the next congress year's cycle, with a recorded
 * step. Idempotent: a second run finds nothing left in the old cycle's carrying stages.
 */
@Injectable()
export class RollOverCycleService {
  private readonly logger = new Logger('CarryOver');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rules: RuleResolutionRepository,
    private readonly resolutions: ResolutionLookupRepository,
    private readonly workflow: ResolutionWorkflowRepository,
    private readonly pipelines: PipelineService,
    private readonly transitions: TransitionResolutionService,
  ) {}

  async rollOver(actor: WorkflowActor, fromYear: number): Promise<ResolutionEntity[]> {
    if (!Number.isInteger(fromYear) || fromYear < 2000 || fromYear > 9999) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'fromYear must be a congress year.', { field: 'fromYear' });
    }
    const toYear = nextCycleYear(fromYear);
    const candidates = await this.rules.findInCycle(this.dataSource.manager, fromYear);
    const carried: string[] = [];
    for (const candidate of candidates) {
      const { definition } = await this.pipelines.pipelineVersion(this.dataSource.manager, candidate.pipelineVersion);
      if (!carriesOver(definition, candidate.stage)) continue;
      // One transaction per resolution: a long roll-over holds no lock on the rest, and a
      // run cut short is finished by the next one.
      const moved = await this.dataSource.transaction(async (manager) => {
        const resolution = await this.workflow.lockResolution(manager, candidate.id, 'wait');
        // Re-checked under the lock: someone may have moved it since it was listed.
        if (!resolution || resolution.cycleYear !== fromYear || !carriesOver(definition, resolution.stage)) return false;
        await this.transitions.recordStep(
          actor,
          {
            resolutionId: resolution.id,
            step: 'carry-over',
            reason: `Not decided in the ${fromYear} cycle: carried over into ${toYear}.`,
            linked: { fromCycleYear: fromYear },
            patch: { cycleYear: toYear },
          },
          manager,
        );
        return true;
      });
      if (moved) carried.push(candidate.id);
    }
    this.logger.log(`carried ${carried.length} resolution(s) over from ${fromYear} into ${toYear}`);
    return this.resolutions.findByIds(carried);
  }
}
