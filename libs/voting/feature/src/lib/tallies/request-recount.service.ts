import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { ErrorCode, MAINTENANCE_JOB_RETRY, QueueName, type MaintenanceJobPayloads } from '@civic/contracts';
import { errorMessage, withTimeout } from '@civic/data-access';
import { hasAnyRole, type AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound, refuseProblems } from '@civic/util';
import { BallotRepository, QuestionnaireRepository } from '@civic/voting-data-access';
import { yearProblems } from '@civic/voting-domain';
import { toRecountReportType, type RecountReportType } from './recount-report.type';

const ENQUEUE_TIMEOUT_MS = 2_000;

/** Use cases: staff ask the worker to recount a questionnaire; anyone reads the reports. */
@Injectable()
export class RecountService {
  private readonly logger = new Logger(RecountService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.maintenance) private readonly maintenance: Queue,
    private readonly questionnaires: QuestionnaireRepository,
    private readonly ballots: BallotRepository,
  ) {}

  /** Queues the recount on the worker's maintenance queue; SERVICE_UNAVAILABLE when Redis does not take it. */
  async request(staff: AuthenticatedUser, year: number): Promise<boolean> {
    refuseProblems(yearProblems(year));
    const questionnaire = await this.questionnaires.findByYear(year);
    if (!questionnaire) throw notFound(`The ${year} questionnaire`, { year });
    const payload: MaintenanceJobPayloads['voting.recount'] = { year, requestedBy: staff.accountId.toLowerCase() };
    try {
      await withTimeout(
        this.maintenance.add('voting.recount', payload, { ...MAINTENANCE_JOB_RETRY, removeOnComplete: 100, removeOnFail: 100 }),
        ENQUEUE_TIMEOUT_MS,
        'queueing the recount',
      );
    } catch (error) {
      this.logger.warn(`recount of ${year} not queued: ${errorMessage(error)}`);
      throw new DomainError(ErrorCode.SERVICE_UNAVAILABLE, 'The recount could not be queued right now; try again shortly.');
    }
    return true;
  }

  /** While voting is open, the live counts in a report's differences are for staff and observers only: the public sees results by k ballots. */
  async reports(year: number, viewer?: AuthenticatedUser): Promise<RecountReportType[]> {
    refuseProblems(yearProblems(year));
    const questionnaire = await this.questionnaires.findByYear(year);
    if (!questionnaire) return [];
    const withheld = questionnaire.status === 'open' && !(viewer && hasAnyRole(viewer, ['staff', 'admin', 'observer']));
    return (await this.ballots.recountReports(this.dataSource.manager, questionnaire.id)).map((report) => {
      const type = toRecountReportType(year, report);
      return withheld ? { ...type, differences: [], differencesWithheld: true } : type;
    });
  }
}
