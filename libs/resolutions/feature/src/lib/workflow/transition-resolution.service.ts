import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { appendToOutbox } from '@civic/data-access';
import { decideTransition, deadlineFor, hasEffect, type RecordedVote, type TransitionCommand, type TransitionDefinition } from '@civic/resolutions-domain';
import {
  ResolutionLockedError,
  ResolutionWorkflowRepository,
  type ResolutionEntity,
  type ResolutionLockMode,
  type TransitionLinks,
} from '@civic/resolutions-data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { characterCount, DomainError, optionalText, requireUuid } from '@civic/util';
import { AuditLogService, type AuditActor } from './audit-log.service';
import { PipelineService } from './pipeline.service';
import { ResolutionFactsService } from './resolution-facts.service';
import { StageDeadlineScheduler, type StageDeadlineJob } from '../deadline-queue';
import { concurrentChange, resolutionNotFound, staleVersion, transitionProblemError } from './workflow-errors';
import { actorName } from '../resolutions';

/** Who moves a resolution: a signed-in person (the pipeline decides whether they may), or the platform applying a rule. */
export type WorkflowActor = { kind: 'person'; user: AuthenticatedUser } | { kind: 'system'; rule: string };

export interface TransitionRequest extends TransitionCommand {
  resolutionId: string;
  /** The `version` the caller last read; a different current version is refused with CONFLICT. */
  expectedVersion?: number | null;
  /** An explicit deadline for the stage entered (instead of the stage's number of days). */
  decideBy?: Date | null;
  linked?: TransitionLinks;
}

export interface TransitionOptions {
  /**
   * `nowait` (the default in its own transaction) refuses at once with CONFLICT when another
   * transaction holds the resolution; `wait` (the default with a caller's manager: event
   * handlers, jobs) queues behind it.
   */
  lock?: ResolutionLockMode;
}

/** Steps recorded on a resolution's path that are not pipeline transitions: the stage does not change. */
export type WorkflowStep = 'deadline-missed' | 'carry-over' | 'result-recorded' | 'merged-in';

export interface WorkflowStepRequest {
  resolutionId: string;
  step: WorkflowStep;
  reason: string | null;
  /** The vote behind the step (a committee's vote to merge), if any. */
  vote?: RecordedVote | null;
  linked: TransitionLinks;
  patch?: { flaggedAt?: Date | null; flagReason?: string | null; cycleYear?: number };
}

export interface WorkflowStepOptions extends TransitionOptions {
  /**
   * `false` when the caller appends one audit entry for its whole operation in the same
   * transaction (a merge audits itself once, on its result), so the step adds none of its own.
   */
  audit?: boolean;
}

const LIMITS = { reason: 4_000, notes: 20_000, minorityReport: 20_000, amendedText: 20_000, questionText: 1_000, committeeCode: 100 } as const;
const COMMITTEE_CODE = /^[a-z0-9][a-z0-9._-]*$/i;
const QUESTION_SUMMARY_LENGTH = 600;

interface Applied {
  row: ResolutionEntity;
  deadline: StageDeadlineJob | null;
}

/**
 * Moves a resolution along its own pipeline version: locks it, asks the engine whether the
 * actor may take the transition with these inputs, then records the new stage, the public
 * transition, the events for other services and the audit entry in one transaction.
 * A refused transition writes nothing.
 */
@Injectable()
export class TransitionResolutionService {
  private readonly logger = new Logger(TransitionResolutionService.name);

  constructor(
    private readonly workflow: ResolutionWorkflowRepository,
    private readonly pipelines: PipelineService,
    private readonly facts: ResolutionFactsService,
    private readonly audit: AuditLogService,
    private readonly deadlines: StageDeadlineScheduler,
  ) {}

  /** Opens its own transaction unless given the caller's `manager` (whose transaction then holds the lock). */
  async transition(actor: WorkflowActor, request: TransitionRequest, manager?: EntityManager, options: TransitionOptions = {}): Promise<ResolutionEntity> {
    const checked = checkRequest(request);
    const lock = options.lock ?? (manager ? 'wait' : 'nowait');
    const applied = await this.inTransaction(manager, checked.resolutionId, (m) => this.applyTransition(m, actor, checked, lock));
    this.scheduleDeadline(applied.deadline);
    return applied.row;
  }

  /** Records a step that is not a pipeline transition (a missed deadline, a carry-over, a result): audited like one. */
  async recordStep(actor: WorkflowActor, request: WorkflowStepRequest, manager?: EntityManager, options: WorkflowStepOptions = {}): Promise<ResolutionEntity> {
    const resolutionId = requireUuid(request.resolutionId, 'resolutionId');
    const lock = options.lock ?? (manager ? 'wait' : 'nowait');
    return this.inTransaction(manager, resolutionId, (m) => this.applyStep(m, actor, { ...request, resolutionId }, lock, options.audit ?? true));
  }

  private async inTransaction<T>(manager: EntityManager | undefined, resolutionId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return manager ? await work(manager) : await this.workflow.transaction(work);
    } catch (error) {
      if (error instanceof ResolutionLockedError) throw concurrentChange(resolutionId);
      throw error;
    }
  }

  private async applyTransition(manager: EntityManager, actor: WorkflowActor, request: TransitionRequest, lock: ResolutionLockMode): Promise<Applied> {
    const row = await this.workflow.lockResolution(manager, request.resolutionId, lock);
    if (!row) throw resolutionNotFound(request.resolutionId);
    if (request.expectedVersion !== undefined && request.expectedVersion !== null && request.expectedVersion !== row.rowVersion) {
      throw staleVersion(row.id, request.expectedVersion, row.rowVersion);
    }
    const { definition } = await this.pipelines.pipelineVersion(manager, row.pipelineVersion);
    const facts = await this.facts.factsOf(manager, row);
    const engineActor = actor.kind === 'person' ? await this.facts.personActor(manager, actor.user, row.id) : actor;
    const decision = decideTransition(definition, facts, request, engineActor);
    if (!decision.ok) throw transitionProblemError(decision.problem);
    const { transition, from, to } = decision;

    const now = new Date();
    if (request.decideBy && !to.deadline) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `The stage "${to.code}" has no deadline to set.`, { field: 'decideBy' });
    }
    const amendedText = transition.requires.amendedText === true ? (request.amendedText ?? null) : null;
    if (amendedText !== null) await this.checkTextLength(manager, row, amendedText);

    const who = auditActor(actor);
    const sequence = row.transitionCount + 1;
    const deadlineAt = deadlineFor(to, now, request.decideBy ?? null);
    const questionText = this.questionTextAfter(transition, row, request);
    if (amendedText !== null) {
      await this.workflow.insertVersion(manager, {
        resolutionId: row.id,
        version: row.textVersion + 1,
        title: row.title,
        text: amendedText,
        editedBy: who.id,
        editorName: who.name,
        note: `Amended by the committee's decision (${transition.name}).`,
        editedAt: now,
      });
    }
    const updated = await this.workflow.updateResolution(manager, row.id, {
      stage: to.code,
      stageEnteredAt: now,
      transitionCount: sequence,
      rowVersion: row.rowVersion + 1,
      updatedAt: now,
      deadlineAt,
      // A move clears the public flag, except the one the missed deadline itself caused:
      // an item that advanced because its committee did not decide stays flagged as such.
      ...(from.deadline?.advanceBy === transition.code ? {} : { flaggedAt: null, flagReason: null }),
      questionText,
      ...(transition.requires.committee === true ? { committeeCode: request.committeeCode ?? null } : {}),
      ...(amendedText !== null ? { text: amendedText, textVersion: row.textVersion + 1 } : {}),
      ...(request.linked?.mergedIntoId ? { mergedIntoId: request.linked.mergedIntoId } : {}),
    });
    const linked = request.linked ?? {};
    await this.workflow.insertTransition(manager, {
      resolutionId: row.id,
      sequence,
      transition: transition.code,
      fromStage: from.code,
      toStage: to.code,
      cycleYear: row.cycleYear,
      pipelineVersion: row.pipelineVersion,
      actorKind: who.kind,
      actorId: who.id,
      actorName: who.name,
      reason: request.reason ?? null,
      notes: request.notes ?? null,
      vote: request.vote ?? null,
      minorityReport: request.minorityReport ?? null,
      linked,
      occurredAt: now,
    });
    await this.announce(manager, transition, updated, request);
    // Last: the audit append holds the log's lock until this transaction ends.
    await this.audit.append(manager, {
      resolutionId: row.id,
      kind: 'transition',
      actor: who,
      data: {
        number: row.number,
        transition: transition.code,
        from: from.code,
        to: to.code,
        reason: request.reason ?? null,
        notes: request.notes ?? null,
        vote: request.vote ?? null,
        minorityReport: request.minorityReport ?? null,
        linked,
      },
    });
    return { row: updated, deadline: deadlineAt ? { resolutionId: row.id, transitionSequence: sequence, dueAt: deadlineAt } : null };
  }

  private async applyStep(
    manager: EntityManager,
    actor: WorkflowActor,
    request: WorkflowStepRequest,
    lock: ResolutionLockMode,
    audit: boolean,
  ): Promise<ResolutionEntity> {
    const row = await this.workflow.lockResolution(manager, request.resolutionId, lock);
    if (!row) throw resolutionNotFound(request.resolutionId);
    const now = new Date();
    const who = auditActor(actor);
    const sequence = row.transitionCount + 1;
    const patch = request.patch ?? {};
    const updated = await this.workflow.updateResolution(manager, row.id, {
      transitionCount: sequence,
      rowVersion: row.rowVersion + 1,
      updatedAt: now,
      ...(patch.flaggedAt !== undefined ? { flaggedAt: patch.flaggedAt } : {}),
      ...(patch.flagReason !== undefined ? { flagReason: patch.flagReason } : {}),
      ...(patch.cycleYear !== undefined ? { cycleYear: patch.cycleYear } : {}),
    });
    await this.workflow.insertTransition(manager, {
      resolutionId: row.id,
      sequence,
      transition: request.step,
      fromStage: row.stage,
      toStage: row.stage,
      cycleYear: updated.cycleYear,
      pipelineVersion: row.pipelineVersion,
      actorKind: who.kind,
      actorId: who.id,
      actorName: who.name,
      reason: request.reason,
      notes: null,
      vote: request.vote ?? null,
      minorityReport: null,
      linked: request.linked,
      occurredAt: now,
    });
    if (!audit) return updated;
    await this.audit.append(manager, {
      resolutionId: row.id,
      kind: request.step,
      actor: who,
      data: { number: row.number, step: request.step, stage: row.stage, reason: request.reason, linked: request.linked, patch },
    });
    return updated;
  }

  /** A committee's amendment obeys the same character limit as a submission of its year. */
  private async checkTextLength(manager: EntityManager, row: ResolutionEntity, text: string): Promise<void> {
    const max = await this.workflow.maxCharacters(manager, row.submittedYear);
    const length = characterCount(text);
    if (max !== null && length > max) {
      throw new DomainError(ErrorCode.TEXT_TOO_LONG, `The amended text is ${length} characters; at most ${max} are allowed.`, {
        field: 'amendedText',
        max,
        length,
      });
    }
  }

  /**
   * The drafted question; a move that puts the question on the questionnaire without drafting
   * one (the 3:2 rule skips the drafting) summarises the resolution instead.
   */
  private questionTextAfter(transition: TransitionDefinition, row: ResolutionEntity, request: TransitionRequest): string | null {
    if (transition.requires.questionText === true && request.questionText) return request.questionText;
    if (hasEffect(transition, 'puts-question-on-questionnaire') && row.questionText === null) return questionSummary(row);
    return row.questionText;
  }

  /**
   * What the transition declares it sets off, announced to the voting service. Events in the
   * same transaction: they exist if and only if the transition commits.
   */
  private async announce(manager: EntityManager, transition: TransitionDefinition, row: ResolutionEntity, request: TransitionRequest): Promise<void> {
    if (hasEffect(transition, 'opens-county-vote')) {
      await appendToOutbox(manager, 'resolutions.introduced', {
        resolutionId: row.id,
        number: row.number,
        title: row.title,
        text: row.text,
        kind: row.kind,
        countyCode: row.countyCode,
        year: row.cycleYear,
      });
    }
    if (hasEffect(transition, 'puts-question-on-questionnaire')) {
      const route = transition.takenWhen?.event === 'three-two-rule-met' ? 'three-two-rule' : 'pipeline';
      await appendToOutbox(manager, 'resolutions.question-approved', {
        resolutionId: row.id,
        number: row.number,
        questionText: row.questionText ?? questionSummary(row),
        background: request.notes ? `${row.title}\n\n${row.text}\n\nAgency review: ${request.notes}` : `${row.title}\n\n${row.text}`,
        questionnaireYear: row.cycleYear + 1,
        route,
      });
    }
  }

  private scheduleDeadline(job: StageDeadlineJob | null): void {
    if (!job) return;
    try {
      this.deadlines.schedule(job);
    } catch (error) {
      // The transition stands: the deadlines area's sweep finds overdue stages whose job is missing.
      this.logger.error({ err: error, resolutionId: job.resolutionId }, 'could not schedule a stage deadline');
    }
  }
}

function auditActor(actor: WorkflowActor): AuditActor {
  return actor.kind === 'person'
    ? { kind: 'person', id: actor.user.accountId, name: actorName(actor.user) }
    : { kind: 'system', id: null, name: `Civic Congress (rule: ${actor.rule})` };
}

function questionSummary(row: ResolutionEntity): string {
  const text = row.text.replace(/\s+/g, ' ').trim();
  const summary = text.length > QUESTION_SUMMARY_LENGTH ? `${text.slice(0, QUESTION_SUMMARY_LENGTH - 1).trimEnd()}…` : text;
  return `${row.title}: ${summary}`;
}

/** Ids, lengths and counts: what the engine does not judge. Empty texts become null. */
export function checkRequest(request: TransitionRequest): TransitionRequest {
  const committeeCode = optionalText(request.committeeCode, 'committeeCode', LIMITS.committeeCode);
  if (committeeCode !== null && !COMMITTEE_CODE.test(committeeCode)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'committeeCode is not a body code.', { field: 'committeeCode' });
  }
  if (request.decideBy && (Number.isNaN(request.decideBy.getTime()) || request.decideBy.getTime() <= Date.now())) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'decideBy must be in the future.', { field: 'decideBy' });
  }
  if (request.expectedVersion !== undefined && request.expectedVersion !== null && !Number.isSafeInteger(request.expectedVersion)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'expectedVersion must be a whole number.', { field: 'expectedVersion' });
  }
  const transition = request.transition.trim();
  if (transition.length === 0 || transition.length > 100)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'transition must be 1–100 characters.', { field: 'transition' });
  return {
    ...request,
    resolutionId: requireUuid(request.resolutionId, 'resolutionId'),
    transition,
    reason: optionalText(request.reason, 'reason', LIMITS.reason),
    notes: optionalText(request.notes, 'notes', LIMITS.notes),
    minorityReport: optionalText(request.minorityReport, 'minorityReport', LIMITS.minorityReport),
    amendedText: optionalText(request.amendedText, 'amendedText', LIMITS.amendedText),
    questionText: optionalText(request.questionText, 'questionText', LIMITS.questionText),
    committeeCode,
    vote: checkVote(request.vote),
    ...(request.linked?.motionId ? { linked: { ...request.linked, motionId: requireUuid(request.linked.motionId, 'motionId') } } : {}),
  };
}

function checkVote(vote: RecordedVote | null | undefined): RecordedVote | null {
  if (vote === null || vote === undefined) return null;
  const counts = [vote.yes, vote.no, vote.abstain];
  if (!counts.every((count) => Number.isSafeInteger(count) && count >= 0)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The vote needs whole, non-negative numbers of yes, no and abstain votes.', { field: 'vote' });
  }
  return { yes: vote.yes, no: vote.no, abstain: vote.abstain };
}
