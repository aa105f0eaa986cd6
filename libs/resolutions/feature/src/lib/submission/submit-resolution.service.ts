import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import { formatResolutionNumber } from '@civic/resolutions-domain';
import { CycleConfigurationRepository, ResolutionLookupRepository, SubmissionRepository, type ResolutionKind } from '@civic/resolutions-data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound, optionalText, requiredText, requireUuid } from '@civic/util';
import { actorName, MAX_NAME_LENGTH, MAX_TITLE_LENGTH, MAX_TOPIC_LENGTH, resolutionText, toResolutionType } from '../resolutions';
import { AuditLogService, PipelineService } from '../workflow';
import type { ResolutionSubmissionType } from './resolution-submission.type';
import { SimilarResolutionsService } from './similar-resolutions.service';
import type { SubmitResolutionInput } from './submit-resolution.input';
import { SubmissionClock } from './submission-clock';

const COUNTY_CODE = /^[A-Za-z0-9-]{1,20}$/;

/**
 * Use case: a verified resident submits a citizen resolution during the open window. The
 * window, the length and the yearly limit are the open cycle's; the check and the insert
 * run under a per-author lock, so two parallel submissions cannot both take the last slot.
 * The resolution enters the current pipeline version at its first stage; the author then
 * sees the existing resolutions most like it.
 */
@Injectable()
export class SubmitResolutionService {
  constructor(
    private readonly submissions: SubmissionRepository,
    private readonly resolutions: ResolutionLookupRepository,
    private readonly cycles: CycleConfigurationRepository,
    private readonly pipelines: PipelineService,
    private readonly audit: AuditLogService,
    private readonly similar: SimilarResolutionsService,
    private readonly clock: SubmissionClock,
  ) {}

  async submit(user: AuthenticatedUser, input: SubmitResolutionInput): Promise<ResolutionSubmissionType> {
    const title = requiredText(input.title, 'title', MAX_TITLE_LENGTH);
    const topic = requiredText(input.topic, 'topic', MAX_TOPIC_LENGTH);
    if (input.text.trim().length === 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'text is required.', { field: 'text' });
    const presenterName = optionalText(input.presenterName, 'presenterName', MAX_NAME_LENGTH) ?? actorName(user);
    const countyCode = optionalText(input.countyCode, 'countyCode', 20);
    if (countyCode !== null && !COUNTY_CODE.test(countyCode)) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'countyCode is not a jurisdiction code.', { field: 'countyCode' });
    }
    const sameAsId = input.sameAsResolutionId ? requireUuid(input.sameAsResolutionId, 'sameAsResolutionId') : null;
    const kind: ResolutionKind = input.kind;
    const now = this.clock.now();
    const author = { kind: 'person' as const, id: user.accountId, name: actorName(user) };

    const resolution = await this.submissions.transaction(async (manager) => {
      const residency = await this.submissions.findResidency(manager, user.accountId);
      if (residency?.status !== 'verified') {
        throw new DomainError(ErrorCode.NOT_ELIGIBLE, 'Only verified residents may submit resolutions.', {
          reason: residency ? 'residency-revoked' : 'not-verified',
        });
      }
      await this.submissions.lockAuthor(manager, user.accountId);

      const cycle = await this.cycles.findOpenAt(now, manager);
      if (!cycle) {
        const nearest = await this.cycles.findNearest(now, manager);
        throw new DomainError(ErrorCode.SUBMISSION_WINDOW_CLOSED, 'The submission window is closed.', {
          year: nearest?.year ?? null,
          opensAt: nearest?.windowOpensAt.toISOString() ?? null,
          closesAt: nearest?.windowClosesAt.toISOString() ?? null,
        });
      }
      const text = resolutionText(input.text, cycle.maxCharacters);
      const submitted = await this.submissions.countSubmitted(manager, user.accountId, cycle.year);
      if (submitted >= cycle.maxPerPerson) {
        throw new DomainError(
          ErrorCode.SUBMISSION_LIMIT_REACHED,
          `You have submitted ${submitted} resolutions this year; at most ${cycle.maxPerPerson} are allowed.`,
          {
            submitted,
            max: cycle.maxPerPerson,
            year: cycle.year,
          },
        );
      }

      const id: string = randomUUID();
      let familyId: string = id;
      if (sameAsId) {
        const sameAs = await this.resolutions.findById(sameAsId, manager);
        if (!sameAs) throw notFound('The resolution named in sameAsResolutionId', { field: 'sameAsResolutionId' });
        familyId = sameAs.familyId;
      }
      const pipeline = await this.pipelines.currentPipeline(manager);
      const number = formatResolutionNumber(cycle.year, await this.submissions.nextNumber(manager));
      const stage = pipeline.definition.initialStage;
      await this.submissions.insertResolution(manager, {
        id,
        number,
        familyId,
        authorId: user.accountId,
        authorName: author.name,
        presenterName,
        kind,
        topic,
        title,
        text,
        countyCode: countyCode ?? residency.jurisdictionCode,
        submittedYear: cycle.year,
        pipelineVersion: pipeline.version,
        stage,
        at: now,
      });
      await this.submissions.insertVersion(manager, {
        resolutionId: id,
        version: 1,
        title,
        text,
        editedBy: user.accountId,
        editorName: author.name,
        note: null,
        editedAt: now,
      });
      await this.submissions.insertSubmitTransition(manager, {
        resolutionId: id,
        toStage: stage,
        cycleYear: cycle.year,
        pipelineVersion: pipeline.version,
        actorId: user.accountId,
        actorName: author.name,
        occurredAt: now,
      });
      await this.audit.append(manager, {
        resolutionId: id,
        kind: 'submitted',
        actor: author,
        data: {
          number,
          title,
          kind,
          topic,
          familyId,
          countyCode: countyCode ?? residency.jurisdictionCode,
          year: cycle.year,
          stage,
          pipelineVersion: pipeline.version,
        },
      });
      const saved = await this.resolutions.findById(id, manager);
      if (!saved) throw new Error(`resolution ${id} vanished inside its own transaction`);
      return saved;
    });

    const similar = await this.similar.similarTo(`${resolution.title}\n${resolution.text}`, { excludeId: resolution.id });
    return { resolution: toResolutionType(resolution), similar };
  }
}
