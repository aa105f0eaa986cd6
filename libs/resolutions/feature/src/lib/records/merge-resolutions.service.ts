import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { deadlineFor, formatResolutionNumber, stageOf, type PipelineDefinition, type RecordedVote } from '@civic/resolutions-domain';
import {
  ResolutionLineageRepository,
  ResolutionLockedError,
  ResolutionRecordsRepository,
  ResolutionWorkflowRepository,
  type ResolutionEntity,
  type MergedInStep,
  type ResolutionKind,
} from '@civic/resolutions-data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { badInput, characterCount, DomainError, notFound, requiredText, requireUuid } from '@civic/util';
import { actorName, MAX_TITLE_LENGTH, MAX_TOPIC_LENGTH, toResolutionType, type ResolutionType } from '../resolutions';
import { AuditLogService, concurrentChange, PipelineService, TransitionResolutionService } from '../workflow';
import { StageDeadlineScheduler } from '../deadline-queue';
import type { MergeResolutionsInput, MergedResolutionInput } from './merge-resolutions.input';
import { MERGED_IN_STEP } from './pipeline-names';

/** The pipeline transition each original takes. */
export const MERGE_TRANSITION = 'merge';
const MAX_SOURCES = 50;
const MAX_REASON = 4_000;

interface NewResolutionDraft {
  title: string;
  text: string;
  topic: string;
  kind: ResolutionKind;
  countyCode: string;
}

interface MergeCommand {
  sourceIds: string[];
  targetId: string | null;
  draft: NewResolutionDraft | null;
  reason: string;
  vote: RecordedVote | null;
}

/**
 * Staff or the committee merge similar resolutions into one. Each original takes the
 * pipeline's `merge` transition (which decides who may merge: staff, or a member of the
 * committee the original is referred to) and points to the result; the originals stay
 * readable. The result is an existing resolution, which records the merge as a step, or a
 * new one. A new one starts where the originals are: they must share their stage, cycle
 * year, pipeline version and committee (else BAD_USER_INPUT). It keeps the earliest of their
 * deadlines and flags, so that merging never restarts a committee's clock. All of it is one
 * transaction: a refused original changes nothing.
 */
@Injectable()
export class MergeResolutionsService {
  constructor(
    private readonly records: ResolutionRecordsRepository,
    private readonly lineage: ResolutionLineageRepository,
    private readonly workflow: ResolutionWorkflowRepository,
    private readonly pipelines: PipelineService,
    private readonly transitions: TransitionResolutionService,
    private readonly audit: AuditLogService,
    private readonly deadlines: StageDeadlineScheduler,
  ) {}

  async merge(user: AuthenticatedUser, input: MergeResolutionsInput): Promise<ResolutionType> {
    const command = this.check(input);
    const name = actorName(user);
    let result: ResolutionEntity;
    try {
      result = await this.records.transaction(async (manager) => {
        const locked = await this.workflow.lockResolutions(manager, [...command.sourceIds, ...(command.targetId ? [command.targetId] : [])], 'nowait');
        const byId = new Map(locked.map((row) => [row.id, row]));
        const sources = command.sourceIds.map((id) => {
          const row = byId.get(id);
          if (!row) throw notFound('A resolution to merge', { field: 'sourceIds', resolutionId: id });
          return row;
        });
        for (const source of sources) await this.refuseClosedSource(manager, source);
        const target = command.targetId ? await this.openTarget(manager, byId.get(command.targetId), command.targetId) : null;
        const linked = { mergedFromIds: sources.map((source) => source.id) };
        // The result exists before the originals point to it (merged_into_id is a foreign key).
        // An existing one records the merge as a workflow step; the merge's own audit entry below covers it.
        const merged = target
          ? await this.transitions.recordStep(
              { kind: 'person', user },
              { resolutionId: target.id, step: MERGED_IN_STEP, reason: command.reason, vote: command.vote, linked },
              manager,
              { audit: false },
            )
          : await this.createResult(manager, randomUUID(), sources, command.draft as NewResolutionDraft, {
              transition: MERGED_IN_STEP,
              actorKind: 'person',
              actorId: user.accountId,
              actorName: name,
              reason: command.reason,
              vote: command.vote,
              linked,
              occurredAt: new Date(),
            });

        // Each original takes the pipeline's transition, which decides whether this caller may
        // merge it and points it to the result; a refusal of any rolls the whole merge back.
        // The originals are locked and open (checked above), so no other merge can intervene.
        for (const source of sources) {
          await this.transitions.transition(
            { kind: 'person', user },
            { resolutionId: source.id, transition: MERGE_TRANSITION, reason: command.reason, vote: command.vote, linked: { mergedIntoId: merged.id } },
            manager,
          );
        }

        await this.audit.append(manager, {
          resolutionId: merged.id,
          kind: 'merge',
          actor: { kind: 'person', id: user.accountId, name },
          data: {
            resolutionNumber: merged.number,
            created: target === null,
            mergedFrom: sources.map((source) => ({ id: source.id, number: source.number })),
            reason: command.reason,
            vote: command.vote,
          },
        });
        return merged;
      });
    } catch (error) {
      if (error instanceof ResolutionLockedError) throw concurrentChange(command.targetId ?? command.sourceIds[0] ?? '');
      throw error;
    }
    if (!command.targetId && result.deadlineAt) {
      this.deadlines.schedule({ resolutionId: result.id, transitionSequence: result.transitionCount, dueAt: result.deadlineAt });
    }
    return toResolutionType(result);
  }

  private check(input: MergeResolutionsInput): MergeCommand {
    const sourceIds = (input.sourceIds ?? []).map((id) => requireUuid(id, 'sourceIds'));
    if (sourceIds.length === 0) throw badInput('sourceIds', 'Name at least one resolution to merge.');
    if (sourceIds.length > MAX_SOURCES) throw badInput('sourceIds', `At most ${MAX_SOURCES} resolutions can be merged at once.`);
    const twice = sourceIds.find((id, index) => sourceIds.indexOf(id) !== index);
    if (twice) throw badInput('sourceIds', 'A resolution is listed twice.', { resolutionId: twice });
    const hasTarget = input.targetId !== undefined && input.targetId !== null;
    const hasDraft = input.newResolution !== undefined && input.newResolution !== null;
    if (hasTarget === hasDraft) throw badInput('targetId', 'Give exactly one of targetId and newResolution.');
    const targetId = hasTarget ? requireUuid(input.targetId as string, 'targetId') : null;
    if (targetId && sourceIds.includes(targetId)) throw badInput('targetId', 'A resolution cannot be merged into itself.', { resolutionId: targetId });
    return {
      sourceIds,
      targetId,
      draft: hasDraft ? checkDraft(input.newResolution as MergedResolutionInput) : null,
      reason: requiredText(input.reason, 'reason', MAX_REASON),
      vote: input.vote ? checkVote(input.vote) : null,
    };
  }

  /** A clear refusal naming the original, before the engine's generic one. */
  private async refuseClosedSource(manager: EntityManager, source: ResolutionEntity): Promise<void> {
    const pipeline = await this.definition(manager, source.pipelineVersion);
    if (source.mergedIntoId !== null || stageOf(pipeline, source.stage)?.terminal === true) {
      throw new DomainError(ErrorCode.TRANSITION_NOT_IN_PIPELINE, `Resolution ${source.number} is closed (stage "${source.stage}") and cannot be merged.`, {
        field: 'sourceIds',
        resolutionId: source.id,
        stage: source.stage,
        transition: MERGE_TRANSITION,
      });
    }
  }

  private async openTarget(manager: EntityManager, target: ResolutionEntity | undefined, targetId: string): Promise<ResolutionEntity> {
    if (!target) throw notFound('The resolution to merge into', { field: 'targetId', resolutionId: targetId });
    const pipeline = await this.definition(manager, target.pipelineVersion);
    if (target.mergedIntoId !== null || stageOf(pipeline, target.stage)?.terminal === true) {
      throw badInput('targetId', `Resolution ${target.number} is closed (stage "${target.stage}") and cannot receive a merge.`, {
        resolutionId: target.id,
        stage: target.stage,
      });
    }
    return target;
  }

  private async createResult(
    manager: EntityManager,
    id: string,
    sources: readonly ResolutionEntity[],
    draft: NewResolutionDraft,
    step: MergedInStep,
  ): Promise<ResolutionEntity> {
    const first = sources[0] as ResolutionEntity;
    const shared = (key: 'stage' | 'cycleYear' | 'pipelineVersion' | 'committeeCode', label: string) => {
      if (sources.some((source) => source[key] !== first[key])) {
        throw badInput('sourceIds', `To merge into a new resolution, the originals must share their ${label}.`, {
          [key]: sources.map((source) => ({ number: source.number, value: source[key] })),
        });
      }
      return first[key];
    };
    const stage = shared('stage', 'stage') as string;
    const cycleYear = shared('cycleYear', 'cycle year') as number;
    const pipelineVersion = shared('pipelineVersion', 'pipeline version') as number;
    const committeeCode = shared('committeeCode', 'committee') as string | null;

    const maxCharacters = await this.workflow.maxCharacters(manager, cycleYear);
    const length = characterCount(draft.text);
    if (maxCharacters !== null && length > maxCharacters) {
      throw new DomainError(ErrorCode.TEXT_TOO_LONG, `The text is ${length} characters; the limit is ${maxCharacters}.`, {
        field: 'newResolution.text',
        length,
        max: maxCharacters,
      });
    }
    const stageDefinition = stageOf(await this.definition(manager, pipelineVersion), stage);
    const earliest = <T>(values: Array<T | null>, time: (value: T) => number): T | null =>
      values.reduce<T | null>((best, value) => (value !== null && (best === null || time(value) < time(best)) ? value : best), null);
    const sourceDeadline = earliest(
      sources.map((source) => source.deadlineAt),
      (at) => at.getTime(),
    );
    const flagged = earliest(
      sources.filter((source) => source.flaggedAt !== null),
      (source) => (source.flaggedAt as Date).getTime(),
    );
    const number = formatResolutionNumber(cycleYear, await this.lineage.nextNumberSequence(manager));
    return this.lineage.insertMergedResolution(
      manager,
      {
        id,
        number,
        familyId: id,
        // Nobody's own submission: the merger is named, but no account gains an author's rights.
        authorId: null,
        authorName: step.actorName,
        presenterName: step.actorName,
        kind: draft.kind,
        topic: draft.topic,
        title: draft.title,
        text: draft.text,
        textVersion: 1,
        countyCode: draft.countyCode,
        submittedYear: cycleYear,
        cycleYear,
        pipelineVersion,
        stage,
        stageEnteredAt: step.occurredAt,
        transitionCount: 1,
        committeeCode,
        deadlineAt: sourceDeadline ?? (stageDefinition ? deadlineFor(stageDefinition, step.occurredAt) : null),
        flaggedAt: flagged?.flaggedAt ?? null,
        flagReason: flagged?.flagReason ?? null,
        questionText: null,
        mergedIntoId: null,
        rowVersion: 1,
      },
      { title: draft.title, text: draft.text, editedBy: step.actorId, editorName: step.actorName, note: step.reason, editedAt: step.occurredAt },
      step,
    );
  }

  private async definition(manager: EntityManager, version: number): Promise<PipelineDefinition> {
    return (await this.pipelines.pipelineVersion(manager, version)).definition;
  }
}

function checkDraft(input: MergedResolutionInput): NewResolutionDraft {
  return {
    title: requiredText(input.title, 'newResolution.title', MAX_TITLE_LENGTH),
    text: requiredText(input.text, 'newResolution.text', 20_000),
    topic: requiredText(input.topic, 'newResolution.topic', MAX_TOPIC_LENGTH),
    kind: input.kind as ResolutionKind,
    countyCode: requiredText(input.countyCode, 'newResolution.countyCode', 20),
  };
}

function checkVote(vote: RecordedVote): RecordedVote {
  for (const key of ['yes', 'no', 'abstain'] as const) {
    if (!Number.isInteger(vote[key]) || vote[key] < 0) throw badInput(`vote.${key}`, `vote.${key} must be a whole number, 0 or more.`);
  }
  return { yes: vote.yes, no: vote.no, abstain: vote.abstain };
}
