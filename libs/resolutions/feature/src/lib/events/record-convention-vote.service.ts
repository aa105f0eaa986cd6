import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RollCallClosedPayload } from '@civic/contracts';
import { transitionOf, type PipelineDefinition, type RecordedVote } from '@civic/resolutions-domain';
import { ResolutionWorkflowRepository, type ResolutionEntity } from '@civic/resolutions-data-access';
import { isUuid } from '@civic/util';
import { PipelineService, TransitionResolutionService, type WorkflowActor } from '../workflow';

const CONVENTION_VOTE_ACTOR: WorkflowActor = { kind: 'system', rule: 'convention-roll-call' };
/** The voting service's body code for the whole congress in convention. */
const CONVENTION_BODY_CODE = 'convention';
const CONVENTION_STAGE = 'convention';
const ADOPT = 'convention-adopt';
const REJECT = 'convention-reject';

/**
 * Use case: the convention's roll call on a resolution closed in the voting service. A
 * resolution before the convention moves by the platform's hand, with the named vote's
 * totals recorded:
 *
 * - passed → convention-adopt (forwarded to the board);
 * - failed (quorum present, threshold not met) → convention-reject;
 * - no-quorum → no transition and no flag: the convention did not decide, so the resolution
 *   stays before it for another roll call; the attempt is recorded on its public path as a
 *   step ('result-recorded') with the vote, because every vote on a resolution is public.
 *
 * Anything else is left alone: a committee's or council's roll call, a resolution no longer
 * (or not yet) before the convention, one this service does not know. A pipeline version
 * whose convention transitions only staff may take (published before the platform could)
 * gets the same recorded step, and staff take the transition. Runs in the consumer's
 * transaction with the inbox entry, so a redelivered event changes nothing.
 */
@Injectable()
export class RecordConventionVoteService {
  private readonly logger = new Logger('RecordConventionVote');

  constructor(
    private readonly workflow: ResolutionWorkflowRepository,
    private readonly pipelines: PipelineService,
    private readonly transitions: TransitionResolutionService,
  ) {}

  async record(manager: EntityManager, rollCall: RollCallClosedPayload, eventId: string): Promise<void> {
    if (rollCall.bodyCode !== CONVENTION_BODY_CODE || rollCall.resolutionId === null) return;
    if (!isUuid(rollCall.resolutionId)) {
      this.logger.warn(`roll call ${rollCall.rollCallId} names "${rollCall.resolutionId}", not a resolution id: event ${eventId} ignored`);
      return;
    }
    const resolution = await this.workflow.lockResolution(manager, rollCall.resolutionId, 'wait');
    if (!resolution) {
      this.logger.warn(`convention roll call ${rollCall.rollCallId} for unknown resolution ${rollCall.resolutionId} ignored, event ${eventId}`);
      return;
    }
    if (resolution.stage !== CONVENTION_STAGE) {
      this.logger.warn(`convention roll call ${rollCall.rollCallId} (${rollCall.outcome}) for ${resolution.number} changes nothing: it is in "${resolution.stage}"`);
      return;
    }
    const vote: RecordedVote = { yes: rollCall.yes, no: rollCall.no, abstain: rollCall.abstain };
    const { definition } = await this.pipelines.pipelineVersion(manager, resolution.pipelineVersion);
    const transition = rollCall.outcome === 'passed' ? ADOPT : REJECT;
    if (rollCall.outcome === 'no-quorum' || !this.systemMay(definition, transition, resolution)) {
      await this.transitions.recordStep(CONVENTION_VOTE_ACTOR, { resolutionId: resolution.id, step: 'result-recorded', reason: conventionVoteReason(rollCall), vote, linked: {} }, manager);
      if (rollCall.outcome !== 'no-quorum') {
        this.logger.warn(`pipeline version ${resolution.pipelineVersion} does not let the platform take "${transition}": ${resolution.number}'s convention vote is recorded for staff to act on`);
      }
      return;
    }
    await this.transitions.transition(CONVENTION_VOTE_ACTOR, { resolutionId: resolution.id, transition, vote, reason: conventionVoteReason(rollCall) }, manager);
  }

  private systemMay(definition: PipelineDefinition, code: string, resolution: ResolutionEntity): boolean {
    const transition = transitionOf(definition, code);
    return transition !== undefined && transition.from.includes(resolution.stage) && transition.actors.some((rule) => rule.kind === 'system');
  }
}

/** The published reason: the roll call's outcome and count, as the public record states it. */
export function conventionVoteReason(rollCall: RollCallClosedPayload): string {
  const { threshold } = rollCall;
  const needed = threshold.kind === 'majority' ? 'a majority' : threshold.kind === 'two-thirds' ? 'two-thirds' : `${threshold.numerator}/${threshold.denominator}`;
  const count =
    `${rollCall.yes} yes, ${rollCall.no} no, ${rollCall.abstain} abstaining, ${rollCall.conflicts} with a declared conflict; ` +
    `${rollCall.present} of ${rollCall.electorateSize} delegates present (quorum ${rollCall.quorum})`;
  const outcome =
    rollCall.outcome === 'passed'
      ? `adopted (${needed} of the votes cast needed)`
      : rollCall.outcome === 'failed'
        ? `not adopted (${needed} of the votes cast needed)`
        : 'no decision: the roll call lacked quorum, so the resolution stays before the convention';
  return `Convention roll call "${rollCall.title}" (${rollCall.year}): ${outcome} — ${count}. Roll call ${rollCall.rollCallId}.`;
}
