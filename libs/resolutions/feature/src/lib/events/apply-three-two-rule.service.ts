import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { threeTwoRuleCounties, transitionOf, type PipelineDefinition } from '@civic/resolutions-domain';
import { RuleResolutionRepository, VotingResultRepository } from '@civic/resolutions-data-access';
import { PipelineService, TransitionResolutionService, type WorkflowActor } from '../workflow';

const THREE_TWO_RULE_ACTOR: WorkflowActor = { kind: 'system', rule: 'three-two-rule' };

/**
 * Use case: the 3:2 rule. When a family of resolutions has passed in the same counties for
 * enough consecutive years, the family's resolution of this year goes straight onto the
 * statewide questionnaire. Fires at most once per family and year.
 */
@Injectable()
export class ApplyThreeTwoRuleService {
  private readonly logger = new Logger('ThreeTwoRule');

  constructor(
    private readonly resolutions: RuleResolutionRepository,
    private readonly results: VotingResultRepository,
    private readonly pipelines: PipelineService,
    private readonly transitions: TransitionResolutionService,
  ) {}

  /**
   * `pipeline`: the definition of the resolution whose result just arrived, whose rule
   * (counties, years) is applied. Runs in the caller's transaction.
   */
  async apply(manager: EntityManager, familyId: string, year: number, pipeline: PipelineDefinition): Promise<void> {
    const rule = pipeline.threeTwoRule;
    if (!rule) return;
    const passed = await this.results.passedCountiesByYear(manager, familyId);
    const counties = threeTwoRuleCounties(passed, year, rule);
    if (!counties) return;
    if (await this.resolutions.familyTookTransition(manager, familyId, rule.transition, year)) return;

    // The earliest-numbered of this year's family that the rule's transition can move.
    for (const candidate of await this.resolutions.familyInCycle(manager, familyId, year)) {
      const { definition } = await this.pipelines.pipelineVersion(manager, candidate.pipelineVersion);
      if (!transitionOf(definition, rule.transition)?.from.includes(candidate.stage)) continue;
      await this.transitions.transition(
        THREE_TWO_RULE_ACTOR,
        {
          resolutionId: candidate.id,
          transition: rule.transition,
          reason: `Passed in the same ${counties.length} counties (${counties.join(', ')}) ${rule.consecutiveYears} years running, up to ${year}.`,
          linked: { counties },
        },
        manager,
      );
      this.logger.log(`3:2 rule: ${candidate.number} fast-tracked (counties ${counties.join(', ')}, ${year})`);
      return;
    }
    this.logger.debug(`3:2 rule qualifies family ${familyId} in ${year}, but none of its resolutions can take "${rule.transition}" now`);
  }
}
