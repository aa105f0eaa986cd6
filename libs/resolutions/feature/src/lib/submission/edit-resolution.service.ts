import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import { stageOf, WISCONSIN_SUBMISSION_LIMITS } from '@civic/resolutions-domain';
import { CycleConfigurationRepository, ResolutionLookupRepository, ResolutionWorkflowRepository, SubmissionRepository } from '@civic/resolutions-data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound, optionalText, requiredText, requireUuid } from '@civic/util';
import { actorName, isStaff, MAX_NOTE_LENGTH, MAX_TITLE_LENGTH, resolutionText, toResolutionType, type ResolutionType } from '../resolutions';
import { AuditLogService, PipelineService } from '../workflow';
import type { EditResolutionInput } from './edit-resolution.input';
import { SubmissionClock } from './submission-clock';

/**
 * Use case: a resolution's text is edited, keeping every version. The author may edit
 * until screening (while it is in its pipeline's first stage); staff at any stage that is
 * not terminal. The limits are those of the resolution's own congress year.
 */
@Injectable()
export class EditResolutionService {
  constructor(
    private readonly submissions: SubmissionRepository,
    private readonly resolutions: ResolutionLookupRepository,
    private readonly workflow: ResolutionWorkflowRepository,
    private readonly cycles: CycleConfigurationRepository,
    private readonly pipelines: PipelineService,
    private readonly audit: AuditLogService,
    private readonly clock: SubmissionClock,
  ) {}

  async edit(user: AuthenticatedUser, input: EditResolutionInput): Promise<ResolutionType> {
    const resolutionId = requireUuid(input.resolutionId, 'resolutionId');
    const note = optionalText(input.note, 'note', MAX_NOTE_LENGTH);
    const staff = isStaff(user);
    const now = this.clock.now();

    const updated = await this.submissions.transaction(async (manager) => {
      const row = await this.workflow.lockResolution(manager, resolutionId, 'wait');
      if (!row) throw notFound('The resolution', { resolutionId });
      if (!staff && row.authorId !== user.accountId) {
        throw new DomainError(ErrorCode.FORBIDDEN, "Only the resolution's author or staff may edit it.");
      }
      if (row.rowVersion !== input.expectedVersion) {
        throw new DomainError(ErrorCode.CONFLICT, 'The resolution changed since you read it.', {
          expectedVersion: input.expectedVersion,
          currentVersion: row.rowVersion,
        });
      }
      const pipeline = (await this.pipelines.pipelineVersion(manager, row.pipelineVersion)).definition;
      const stage = stageOf(pipeline, row.stage);
      if (staff ? (stage?.terminal ?? true) : row.stage !== pipeline.initialStage) {
        throw new DomainError(
          ErrorCode.CONDITION_NOT_MET,
          staff ? 'A resolution in a final stage can no longer be edited.' : 'Authors may edit a resolution only until it is screened.',
          { stage: row.stage },
        );
      }

      const cycle = await this.cycles.findByYear(row.submittedYear, manager);
      const maxCharacters = cycle?.maxCharacters ?? WISCONSIN_SUBMISSION_LIMITS.maxCharacters;
      const title = input.title === null || input.title === undefined ? row.title : requiredText(input.title, 'title', MAX_TITLE_LENGTH);
      const text = input.text === null || input.text === undefined ? row.text : resolutionText(input.text, maxCharacters);
      if (title === row.title && text === row.text) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Nothing to change: the title and text are as they are.', { field: 'text' });
      }

      const version = row.textVersion + 1;
      const editor = { kind: 'person' as const, id: user.accountId, name: actorName(user) };
      await this.submissions.insertVersion(manager, {
        resolutionId,
        version,
        title,
        text,
        editedBy: user.accountId,
        editorName: editor.name,
        note,
        editedAt: now,
      });
      await this.submissions.updateText(manager, resolutionId, { title, text, textVersion: version, rowVersion: row.rowVersion + 1, at: now });
      await this.audit.append(manager, {
        resolutionId,
        kind: 'edited',
        actor: editor,
        data: {
          version,
          titleChanged: title !== row.title,
          textChanged: text !== row.text,
          note,
          stage: row.stage,
          byStaff: staff && row.authorId !== user.accountId,
        },
      });
      const saved = await this.resolutions.findById(resolutionId, manager);
      if (!saved) throw new Error(`resolution ${resolutionId} vanished inside its own transaction`);
      return saved;
    });
    return toResolutionType(updated);
  }
}
