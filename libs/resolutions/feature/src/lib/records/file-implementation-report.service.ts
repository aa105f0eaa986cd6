import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import { deadlineFor, stageOf } from '@civic/resolutions-domain';
import {
  DuplicateImplementationReportError,
  ImplementationReportRepository,
  ResolutionLockedError,
  ResolutionRecordsRepository,
  ResolutionWorkflowRepository,
} from '@civic/resolutions-data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { badInput, DomainError, notFound, requiredText, requireUuid } from '@civic/util';
import { AuditLogService, concurrentChange, PipelineService } from '../workflow';
import type { FileImplementationReportInput } from './implementation-report.input';
import type { ImplementationReportType } from './implementation-report.type';
import { actorName } from '../resolutions';
import { toImplementationReportType } from './resolution-reader.service';

const MAX_REPORT_LENGTH = 20_000;

/**
 * Staff file a resolution's implementation report for a year, once per year, while the
 * resolution is in a stage that accepts reports (else CONDITION_NOT_MET: filing a report
 * is not a transition, so the stage is a condition of the filing, not a missing path).
 * In a stage whose deadline is the implementation report, the report answers the flag a
 * missing one raised and restarts the clock for the next (the deadline sweep, which reads
 * `deadline_at`, flags it again when that passes).
 */
@Injectable()
export class FileImplementationReportService {
  constructor(
    private readonly records: ResolutionRecordsRepository,
    private readonly workflow: ResolutionWorkflowRepository,
    private readonly reports: ImplementationReportRepository,
    private readonly pipelines: PipelineService,
    private readonly audit: AuditLogService,
  ) {}

  async file(user: AuthenticatedUser, input: FileImplementationReportInput): Promise<ImplementationReportType> {
    const resolutionId = requireUuid(input.resolutionId, 'resolutionId');
    const text = requiredText(input.text, 'text', MAX_REPORT_LENGTH);
    if (!Number.isInteger(input.year) || input.year < 1900 || input.year > 9999) throw badInput('year', 'year must be a year.');
    const year = input.year;
    const reporterName = actorName(user);
    try {
      const report = await this.records.transaction(async (manager) => {
        const resolution = await this.workflow.lockResolution(manager, resolutionId, 'nowait');
        if (!resolution) throw notFound('The resolution', { resolutionId });
        if (year < resolution.submittedYear) {
          throw badInput('year', `Resolution ${resolution.number} was submitted in ${resolution.submittedYear}; a report cannot be for an earlier year.`);
        }
        const pipeline = (await this.pipelines.pipelineVersion(manager, resolution.pipelineVersion)).definition;
        const stage = stageOf(pipeline, resolution.stage);
        if (stage?.acceptsImplementationReports !== true) {
          throw new DomainError(
            ErrorCode.CONDITION_NOT_MET,
            `Implementation reports cannot be filed while the resolution is in the stage "${resolution.stage}".`,
            {
              condition: 'accepts-implementation-reports',
              stage: resolution.stage,
              allowedStages: pipeline.stages.filter((s) => s.acceptsImplementationReports === true).map((s) => s.code),
            },
          );
        }
        if (await this.reports.findFor(manager, resolutionId, year)) throw duplicate(year);
        const stored = await this.reports.insert(manager, { resolutionId, year, text, reportedBy: user.accountId, reporterName });
        if (stage.deadline?.kind === 'implementation-report') {
          await this.reports.clearFlagAndRestartDeadline(manager, resolutionId, deadlineFor(stage, stored.reportedAt), resolution.flaggedAt !== null);
        }
        await this.audit.append(manager, {
          resolutionId,
          kind: 'implementation-report',
          actor: { kind: 'person', id: user.accountId, name: reporterName },
          data: { reportId: stored.id, resolutionNumber: resolution.number, year, text },
        });
        return stored;
      });
      return toImplementationReportType(report);
    } catch (error) {
      if (error instanceof DuplicateImplementationReportError) throw duplicate(year);
      if (error instanceof ResolutionLockedError) throw concurrentChange(resolutionId);
      throw error;
    }
  }
}

function duplicate(year: number): DomainError {
  return new DomainError(ErrorCode.CONFLICT, `An implementation report for ${year} has already been filed.`, { reason: 'duplicate', field: 'year', year });
}
