import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { QuestionResultPayload } from '@civic/contracts';
import { transitionTakenWhen } from '@civic/resolutions-domain';
import { ResolutionWorkflowRepository, RuleResolutionRepository, VotingResultRepository } from '@civic/resolutions-data-access';
import { PipelineService, TransitionResolutionService, type WorkflowActor } from '../workflow';

const STATEWIDE_RESULT_ACTOR: WorkflowActor = { kind: 'system', rule: 'statewide-result' };

/**
 * Use case: the statewide result of a resolution's advisory question arrives from voting.
 * Stored once; the resolution then takes the transition its pipeline takes when the statewide
 * result is certified (Wisconsin: the question goes before the convention).
 */
@Injectable()
export class RecordStatewideResultService {
  private readonly logger = new Logger('RecordStatewideResult');

  constructor(
    private readonly resolutions: RuleResolutionRepository,
    private readonly workflow: ResolutionWorkflowRepository,
    private readonly results: VotingResultRepository,
    private readonly pipelines: PipelineService,
    private readonly transitions: TransitionResolutionService,
  ) {}

  /** Runs inside the consumer's transaction, together with the inbox entry. */
  async record(manager: EntityManager, result: QuestionResultPayload, eventId: string): Promise<void> {
    const resolution = await this.workflow.lockResolution(manager, result.resolutionId, 'wait');
    if (!resolution) {
      this.logger.warn(`statewide result ${result.resultId} for unknown resolution ${result.resolutionId} ignored, event ${eventId}`);
      return;
    }
    const inserted = await this.results.insertStatewideResult(manager, {
      resultId: result.resultId,
      questionId: result.questionId,
      resolutionId: resolution.id,
      year: result.year,
      yes: result.yes,
      no: result.no,
      abstain: result.abstain,
      countiesInFavour: result.countiesInFavour,
      countiesCounted: result.countiesCounted,
      passed: result.passed,
      certifiedAt: new Date(result.certifiedAt),
    });
    if (!inserted) {
      this.logger.debug(
        `statewide result ${result.resultId} (or another for ${resolution.number} in ${result.year}) already recorded, event ${eventId} ignored`,
      );
      return;
    }
    const { definition } = await this.pipelines.pipelineVersion(manager, resolution.pipelineVersion);
    const transition = transitionTakenWhen(definition, resolution.stage, { event: 'statewide-result-certified' });
    if (!transition) {
      this.logger.warn(`statewide result ${result.resultId} for ${resolution.number} recorded without a transition: it is in "${resolution.stage}"`);
      return;
    }
    await this.transitions.transition(
      STATEWIDE_RESULT_ACTOR,
      {
        resolutionId: resolution.id,
        transition: transition.code,
        reason:
          `Statewide ${result.year}: ${result.passed ? 'in favour' : 'against'} — ${result.yes} yes, ${result.no} no, ${result.abstain} abstaining; ` +
          `in favour in ${result.countiesInFavour} of ${result.countiesCounted} counties.`,
        linked: { statewideResultId: result.resultId },
      },
      manager,
    );
  }
}
