import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { MaintenanceJobName, MaintenanceJobPayloads } from '@civic/contracts';
import { BallotRepository, QuestionnaireRepository } from '@civic/voting-data-access';
import { compareTallies, recountBallots } from '@civic/voting-domain';

export const RECOUNT_QUESTIONNAIRE_JOB = 'voting.recount' satisfies MaintenanceJobName;

export type RecountQuestionnairePayload = MaintenanceJobPayloads[typeof RECOUNT_QUESTIONNAIRE_JOB];

export const VOTING_DATA_SOURCE = 'voting';

/** Ballots per keyset page: about 1 MB of rows for a 50-question ballot, whatever the total. */
export const RECOUNT_CHUNK = 10_000;

export interface RecountOutcome {
  reportId: string | null;
  ballotsCounted: number;
  equal: boolean;
  differences: number;
}

/**
 * Recounts a questionnaire from its stored ballots: streams them by keyset on the id (never
 * all in memory), counts them with the same accumulator the ballot box uses, and compares
 * key by key with the live tally. Both are read in one REPEATABLE READ snapshot, so a recount
 * during open voting compares like with like. Paper totals are entered totals, not ballots:
 * nothing to recount; they are added to both sides of every result alike. The report is
 * stored, equal or not. Idempotent: a retry writes one more report and changes nothing else.
 */
@Injectable()
export class RecountQuestionnaireJob {
  readonly jobName = RECOUNT_QUESTIONNAIRE_JOB;
  private readonly logger = new Logger(RecountQuestionnaireJob.name);
  private readonly ballots = new BallotRepository();
  private readonly questionnaires: QuestionnaireRepository;

  constructor(@InjectDataSource(VOTING_DATA_SOURCE) private readonly dataSource: DataSource) {
    this.questionnaires = new QuestionnaireRepository(dataSource);
  }

  async handle(payload: RecountQuestionnairePayload): Promise<RecountOutcome> {
    const questionnaire = await this.questionnaires.findByYear(payload.year);
    if (!questionnaire) {
      this.logger.warn(`no ${payload.year} questionnaire to recount`);
      return { reportId: null, ballotsCounted: 0, equal: true, differences: 0 };
    }
    const startedAt = new Date();
    const report = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const questions = await this.ballots.ballotQuestions(manager, questionnaire.id);
      const live = await this.ballots.tally(manager, questionnaire.id);
      const recounted = await recountBallots(questions, this.ballots.stream(manager, questionnaire.id, RECOUNT_CHUNK));
      const differences = compareTallies(live, recounted.rows);
      return this.ballots.saveRecountReport(manager, {
        questionnaireId: questionnaire.id,
        requestedBy: payload.requestedBy,
        startedAt,
        finishedAt: new Date(),
        ballotsCounted: recounted.ballots,
        differences,
      });
    });
    const outcome = { reportId: report.id, ballotsCounted: report.ballotsCounted, equal: report.equal, differences: report.differences.length };
    if (report.equal) this.logger.log(`recount of ${payload.year}: ${report.ballotsCounted} ballots, equal to the live tally`);
    else this.logger.error(`recount of ${payload.year}: ${report.differences.length} counter(s) differ from the live tally (report ${report.id})`);
    return outcome;
  }
}
