import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isOverdue, stageOf, transitionOf, type DeadlineKind, type StageDefinition } from '@civic/resolutions-domain';
import { ResolutionWorkflowRepository, RuleResolutionRepository, type ResolutionEntity, type TransitionLinks } from '@civic/resolutions-data-access';
import { RESOLUTIONS_FEATURE_OPTIONS, type ResolutionsFeatureOptions } from '../resolutions-feature.options';
import { PipelineService, TransitionResolutionService, type WorkflowActor, type WorkflowStep } from '../workflow';

/** What became of one deadline check. */
export type DeadlineOutcome =
  | 'flagged'
  | 'flagged-and-advanced'
  /** The resolution moved on since the job was scheduled (or no longer exists). */
  | 'stale'
  /** Already flagged in its current stage: a second job, or the sweep, came first. */
  | 'already-flagged'
  /** Its deadline is not reached (a later date was set since). */
  | 'not-due';

/** The transition that scheduled the job has not committed yet: retried with backoff. */
export class DeadlineNotYetCommittedError extends Error {
  override readonly name = 'DeadlineNotYetCommittedError';
}

const DEADLINE_ACTOR: WorkflowActor = { kind: 'system', rule: 'deadline' };

/**
 * Recorded steps after which a stage's deadline still stands: they do not change the stage
 * (another resolution merged into this one does not stop its committee's clock either).
 */
const STEPS_KEEPING_THE_DEADLINE: readonly WorkflowStep[] = ['carry-over', 'result-recorded', 'merged-in'];

/** What a 'deadline-missed' step links: the deadline that passed, for the public record. */
export interface DeadlineMissedLinks extends TransitionLinks {
  deadlineAt: string;
  deadlineKind: DeadlineKind | null;
}

/**
 * Use case: a stage's deadline passed. The resolution is flagged publicly (who did not act,
 * by when) and, when its stage's deadline says `advanceBy`, the platform takes that
 * transition. Idempotent: the delayed job, its retries and the sweep may all arrive.
 */
@Injectable()
export class MissStageDeadlineService {
  private readonly logger = new Logger('StageDeadline');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly resolutions: RuleResolutionRepository,
    private readonly workflow: ResolutionWorkflowRepository,
    private readonly pipelines: PipelineService,
    private readonly transitions: TransitionResolutionService,
    @Inject(RESOLUTIONS_FEATURE_OPTIONS) private readonly options: ResolutionsFeatureOptions,
  ) {}

  /**
   * `transitionSequence`: the transition whose stage the deadline belongs to (from the
   * delayed job); null from the sweep, which acts on whatever stage is overdue now.
   */
  async process(resolutionId: string, transitionSequence: number | null, now = new Date()): Promise<DeadlineOutcome> {
    const outcome = await this.dataSource.transaction((manager) => this.processLocked(manager, resolutionId, transitionSequence, now));
    if (outcome === 'flagged' || outcome === 'flagged-and-advanced') this.logger.log(`resolution ${resolutionId}: deadline missed, ${outcome}`);
    return outcome;
  }

  private async processLocked(manager: EntityManager, resolutionId: string, transitionSequence: number | null, now: Date): Promise<DeadlineOutcome> {
    const resolution = await this.workflow.lockResolution(manager, resolutionId, 'wait');
    if (!resolution) return 'stale';
    if (transitionSequence !== null) {
      // Scheduled from inside a transaction that has not committed yet (or rolled back): retried.
      if (resolution.transitionCount < transitionSequence) {
        throw new DeadlineNotYetCommittedError(`resolution ${resolutionId} has not reached transition ${transitionSequence} yet`);
      }
      // Steps that leave the stage alone (a carry-over, a late result) do not cancel its deadline.
      if (await this.resolutions.movedSince(manager, resolutionId, transitionSequence, STEPS_KEEPING_THE_DEADLINE)) {
        return resolution.flaggedAt ? 'already-flagged' : 'stale';
      }
    }
    // Every pipeline transition clears the flag, so a flag here belongs to the current stage.
    if (resolution.flaggedAt) return 'already-flagged';
    const deadlineAt = resolution.deadlineAt;
    if (!deadlineAt || !isOverdue(deadlineAt, now)) return 'not-due';

    const { definition } = await this.pipelines.pipelineVersion(manager, resolution.pipelineVersion);
    const stage = stageOf(definition, resolution.stage);
    const flagReason = await this.flagReason(manager, resolution, stage, deadlineAt);
    const linked: DeadlineMissedLinks = { deadlineAt: deadlineAt.toISOString(), deadlineKind: stage?.deadline?.kind ?? null };
    await this.transitions.recordStep(
      DEADLINE_ACTOR,
      { resolutionId, step: 'deadline-missed', reason: flagReason, linked, patch: { flaggedAt: now, flagReason } },
      manager,
    );

    const advanceBy = stage?.deadline?.advanceBy;
    if (!advanceBy) return 'flagged';
    // A pipeline whose deadline names a transition that cannot leave this stage is refused
    // when published; should one slip through, the flag still stands.
    if (!transitionOf(definition, advanceBy)?.from.includes(resolution.stage)) {
      this.logger.warn(`resolution ${resolutionId}: "${advanceBy}" does not leave stage "${resolution.stage}"; flagged only`);
      return 'flagged';
    }
    await this.transitions.transition(DEADLINE_ACTOR, { resolutionId, transition: advanceBy, reason: flagReason }, manager);
    return 'flagged-and-advanced';
  }

  /** The public sentence under the flag: who did not act, by when. */
  private async flagReason(manager: EntityManager, resolution: ResolutionEntity, stage: StageDefinition | undefined, deadlineAt: Date): Promise<string> {
    const by = this.congressDate(deadlineAt);
    switch (stage?.deadline?.kind) {
      case 'committee-decision': {
        const name = resolution.committeeCode ? await this.resolutions.bodyName(manager, resolution.committeeCode) : null;
        return `${name ? `The ${stripLeadingThe(name)}` : 'The committee'} did not decide by ${by}.`;
      }
      case 'board-response':
        return `The board did not respond by ${by}.`;
      case 'implementation-report':
        return `No implementation report was filed by ${by}.`;
      case undefined:
        return `The deadline of stage "${stage?.name ?? resolution.stage}" passed on ${by}.`;
    }
  }

  /** A date as the congress reads it (its own time zone), e.g. 2027-03-01. */
  private congressDate(at: Date): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: this.options.carryOverTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  }
}

function stripLeadingThe(name: string): string {
  return name.replace(/^the\s+/i, '');
}
