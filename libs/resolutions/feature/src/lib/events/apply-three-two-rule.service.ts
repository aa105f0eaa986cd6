import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { threeTwoRuleCounties, transitionsTakenOn, transitionTakenWhen, type PipelineDefinition } from '@civic/resolutions-domain';
import { RuleResolutionRepository, VotingResultRepository } from '@civic/resolutions-data-access';
import { PipelineService, TransitionResolutionService, type WorkflowActor } from '../workflow';

const THREE_TWO_RULE_ACTOR: WorkflowActor = { kind: 'system', rule: 'three-two-rule' };

/**
 * Use case: the 3:2 rule. When a family of resolutions has passed in the same counties for
 * enough consecutive years, the family's resolution of this year takes the transition its
 * pipeline takes when the rule is met (`takenWhen: { event: 'three-two-rule-met' }`; in
 * Wisconsin straight onto the statewide questionnaire). Fires at most once per family and year.
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
    const family = await this.resolutions.familyInCycle(manager, familyId, year);
    const definitions = new Map<number, PipelineDefinition>();
    for (const candidate of family)
      definitions.set(candidate.pipelineVersion, (await this.pipelines.pipelineVersion(manager, candidate.pipelineVersion)).definition);
    // The family's members may follow different versions: the rule's moves of any of them count.
    const ruleMoves = new Set(
      [pipeline, ...definitions.values()].flatMap((definition) => transitionsTakenOn(definition, 'three-two-rule-met').map((transition) => transition.code)),
    );
    if (await this.resolutions.familyTookTransition(manager, familyId, [...ruleMoves], year)) return;

    // The earliest-numbered of this year's family that a move taken on the rule can move.
    for (const candidate of family) {
      const definition = definitions.get(candidate.pipelineVersion);
      const transition = definition && transitionTakenWhen(definition, candidate.stage, { event: 'three-two-rule-met' });
      if (!transition) continue;
      await this.transitions.transition(
        THREE_TWO_RULE_ACTOR,
        {
          resolutionId: candidate.id,
          transition: transition.code,
          reason: `Passed in the same ${counties.length} counties (${counties.join(', ')}) ${rule.consecutiveYears} years running, up to ${year}.`,
          linked: { counties },
        },
        manager,
      );
      this.logger.log(`3:2 rule: ${candidate.number} fast-tracked (counties ${counties.join(', ')}, ${year})`);
      return;
    }
    this.logger.debug(`3:2 rule qualifies family ${familyId} in ${year}, but none of its resolutions is in a stage its pipeline leaves when the rule is met`);
  }
}
