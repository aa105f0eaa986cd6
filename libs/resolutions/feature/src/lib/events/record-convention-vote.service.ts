import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RollCallClosedPayload } from '@civic/contracts';
import { transitionTakenWhen, type RecordedVote, type TransitionDefinition } from '@civic/resolutions-domain';
import { ResolutionWorkflowRepository } from '@civic/resolutions-data-access';
import { isUuid } from '@civic/util';
import { PipelineService, TransitionResolutionService, type WorkflowActor } from '../workflow';

/**
 * Use case: a body's roll call on a resolution closed in the voting service — in Wisconsin,
 * the convention's. A resolution in a stage its pipeline version leaves when a roll call of
 * that body passes or fails (`takenWhen: { event: 'roll-call-passed' | 'roll-call-failed',
 * bodyCode }`) moves by the platform's hand, with the named vote's totals recorded:
 *
 * - passed → the transition taken on 'roll-call-passed' (Wisconsin: convention-adopt, forwarded to the board);
 * - failed (quorum present, threshold not met) → the one taken on 'roll-call-failed' (convention-reject);
 * - no-quorum → no transition and no flag: the body did not decide, so the resolution
 *   stays before it for another roll call; the attempt is recorded on its public path as a
 *   step ('result-recorded') with the vote, because every vote on a resolution is public.
 *
 * Anything else is left alone: a roll call of a body no transition of the resolution's stage
 * waits for, a resolution no longer (or not yet) before that body, one this service does not
 * know. An outcome the stage has no automatic move for, or one whose transition only staff may
 * take (a version published before the platform could), gets the same recorded step, and
 * staff take the transition. Runs in the consumer's transaction with the inbox entry, so a
 * redelivered event changes nothing.
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
    if (rollCall.resolutionId === null) return;
    if (!isUuid(rollCall.resolutionId)) {
      this.logger.warn(`roll call ${rollCall.rollCallId} names "${rollCall.resolutionId}", not a resolution id: event ${eventId} ignored`);
      return;
    }
    const resolution = await this.workflow.lockResolution(manager, rollCall.resolutionId, 'wait');
    if (!resolution) {
      this.logger.warn(`${rollCall.bodyCode} roll call ${rollCall.rollCallId} for unknown resolution ${rollCall.resolutionId} ignored, event ${eventId}`);
      return;
    }
    const { definition } = await this.pipelines.pipelineVersion(manager, resolution.pipelineVersion);
    const decides = (event: 'roll-call-passed' | 'roll-call-failed') =>
      transitionTakenWhen(definition, resolution.stage, { event, bodyCode: rollCall.bodyCode });
    const adopt = decides('roll-call-passed');
    const reject = decides('roll-call-failed');
    if (!adopt && !reject) {
      this.logger.log(
        `${rollCall.bodyCode} roll call ${rollCall.rollCallId} (${rollCall.outcome}) for ${resolution.number} changes nothing: in "${resolution.stage}" it waits for no roll call of that body`,
      );
      return;
    }
    const actor: WorkflowActor = { kind: 'system', rule: `${rollCall.bodyCode}-roll-call` };
    const vote: RecordedVote = { yes: rollCall.yes, no: rollCall.no, abstain: rollCall.abstain };
    const transition = rollCall.outcome === 'passed' ? adopt : rollCall.outcome === 'failed' ? reject : undefined;
    if (rollCall.outcome === 'no-quorum' || !systemMay(transition)) {
      await this.transitions.recordStep(
        actor,
        { resolutionId: resolution.id, step: 'result-recorded', reason: conventionVoteReason(rollCall), vote, linked: {} },
        manager,
      );
      if (rollCall.outcome !== 'no-quorum') {
        this.logger.warn(
          `pipeline version ${resolution.pipelineVersion} has no move the platform may take from "${resolution.stage}" when a roll call of ${rollCall.bodyCode} ${rollCall.outcome === 'passed' ? 'passes' : 'fails'}: ${resolution.number}'s vote is recorded for staff to act on`,
        );
      }
      return;
    }
    await this.transitions.transition(
      actor,
      { resolutionId: resolution.id, transition: transition.code, vote, reason: conventionVoteReason(rollCall) },
      manager,
    );
  }
}

function systemMay(transition: TransitionDefinition | undefined): transition is TransitionDefinition {
  return transition !== undefined && transition.actors.some((rule) => rule.kind === 'system');
}

/** The published reason: the roll call's outcome and count, as the public record states it. */
export function conventionVoteReason(rollCall: RollCallClosedPayload): string {
  const { threshold } = rollCall;
  const needed =
    threshold.kind === 'majority' ? 'a majority' : threshold.kind === 'two-thirds' ? 'two-thirds' : `${threshold.numerator}/${threshold.denominator}`;
  const count =
    `${rollCall.yes} yes, ${rollCall.no} no, ${rollCall.abstain} abstaining, ${rollCall.conflicts} with a declared conflict; ` +
    `${rollCall.present} of ${rollCall.electorateSize} delegates present (quorum ${rollCall.quorum})`;
  const outcome =
    rollCall.outcome === 'passed'
      ? `adopted (${needed} of the votes cast needed)`
      : rollCall.outcome === 'failed'
        ? `not adopted (${needed} of the votes cast needed)`
        : `no decision: the roll call lacked quorum, so the resolution stays before the ${rollCall.bodyName.toLowerCase()}`;
  return `${rollCall.bodyName} roll call "${rollCall.title}" (${rollCall.year}): ${outcome} — ${count}. Roll call ${rollCall.rollCallId}.`;
}
