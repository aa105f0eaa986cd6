import { DataSource, type DataSourceOptions } from 'typeorm';
import { RecountQuestionnaireJob } from '@civic/voting-jobs';
import { votingDataSourceOptions } from '@civic/voting-data-access';

export interface RecountOutcome {
  seconds: number;
  ballots: number;
  equal: boolean;
  differences: number;
  /** The code that counted. */
  via: string;
}

/**
 * Recounts a questionnaire with the worker's own 'voting.recount' job handler, in this
 * process against the bench database (no queue in between: the figure is the recount
 * itself). The job streams the ballots, counts them, compares with the live tally in one
 * snapshot and stores a recount report.
 */
export async function recountQuestionnaire(databaseUrl: string, year: number): Promise<RecountOutcome> {
  const dataSource = new DataSource({ ...votingDataSourceOptions(databaseUrl), poolSize: 2 } as DataSourceOptions);
  await dataSource.initialize();
  try {
    const job = new RecountQuestionnaireJob(dataSource);
    const started = performance.now();
    const outcome = await job.handle({ year, requestedBy: null });
    const seconds = (performance.now() - started) / 1000;
    if (outcome.reportId === null) throw new Error(`no ${year} questionnaire to recount`);
    return {
      seconds,
      ballots: outcome.ballotsCounted,
      equal: outcome.equal,
      differences: outcome.differences,
      via: '@civic/voting-jobs RecountQuestionnaireJob.handle',
    };
  } finally {
    await dataSource.destroy();
  }
}
