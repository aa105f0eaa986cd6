import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CountyResolutionResultPayload } from '@civic/contracts';
import { transitionTakenWhen } from '@civic/resolutions-domain';
import { ResolutionWorkflowRepository, RuleResolutionRepository, VotingResultRepository } from '@civic/resolutions-data-access';
import { PipelineService, TransitionResolutionService, type WorkflowActor } from '../workflow';
import { ApplyThreeTwoRuleService } from './apply-three-two-rule.service';

const COUNTY_RESULT_ACTOR: WorkflowActor = { kind: 'system', rule: 'county-result' };

/**
 * Use case: a county's certified vote on a resolution arrives from the voting service. The
 * result is stored once (its id is the key, so a redelivery changes nothing), moves the
 * resolution by the transition its pipeline takes when the county vote passes (or fails) from
 * its stage (Wisconsin: out of `introduced`), and may fire the 3:2 rule for its family.
 */
@Injectable()
export class RecordCountyResultService {
  private readonly logger = new Logger('RecordCountyResult');

  constructor(
    private readonly resolutions: RuleResolutionRepository,
    private readonly workflow: ResolutionWorkflowRepository,
    private readonly results: VotingResultRepository,
    private readonly pipelines: PipelineService,
    private readonly transitions: TransitionResolutionService,
    private readonly threeTwoRule: ApplyThreeTwoRuleService,
  ) {}

  /** Runs inside the consumer's transaction, together with the inbox entry. */
  async record(manager: EntityManager, result: CountyResolutionResultPayload, eventId: string): Promise<void> {
    const resolution = await this.workflow.lockResolution(manager, result.resolutionId, 'wait');
    if (!resolution) {
      // Never ours, or a bug upstream: retrying would not make it appear.
      this.logger.warn(`county result ${result.resultId} for unknown resolution ${result.resolutionId} ignored, event ${eventId}`);
      return;
    }
    const inserted = await this.results.insertCountyResult(manager, {
      resultId: result.resultId,
      resolutionId: resolution.id,
      familyId: resolution.familyId,
      countyCode: result.countyCode,
      year: result.year,
      yes: result.yes,
      no: result.no,
      abstain: result.abstain,
      passed: result.passed,
      certifiedAt: new Date(result.certifiedAt),
    });
    if (!inserted) {
      this.logger.debug(`county result ${result.resultId} (or another for ${resolution.number} in ${result.year}) already recorded, event ${eventId} ignored`);
      return;
    }

    // The move its pipeline version declares for this outcome from its stage, if any.
    const { definition } = await this.pipelines.pipelineVersion(manager, resolution.pipelineVersion);
    const transition =
      resolution.cycleYear === result.year
        ? transitionTakenWhen(definition, resolution.stage, { event: result.passed ? 'county-vote-passed' : 'county-vote-failed' })
        : undefined;
    if (transition) {
      await this.transitions.transition(
        COUNTY_RESULT_ACTOR,
        {
          resolutionId: resolution.id,
          transition: transition.code,
          reason: `${result.passed ? 'Passed' : 'Failed'} in its county: ${result.yes} yes, ${result.no} no, ${result.abstain} abstaining.`,
          linked: { countyResultId: result.resultId },
        },
        manager,
      );
    } else {
      // Kept for the record (and the 3:2 rule), but the pipeline has moved on or is elsewhere.
      this.logger.warn(
        `county result ${result.resultId} for ${resolution.number} (${result.year}) recorded without a transition: it is in "${resolution.stage}" of cycle ${resolution.cycleYear}`,
      );
    }
    if (result.passed) await this.threeTwoRule.apply(manager, resolution.familyId, result.year, definition);
  }
}
