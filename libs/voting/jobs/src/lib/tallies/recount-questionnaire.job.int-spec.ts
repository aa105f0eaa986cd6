import { randomUUID } from 'node:crypto';
import { Test, type TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RecountQuestionnaireJob, VOTING_DATA_SOURCE } from './recount-questionnaire.job';
import { VotingJobsModule } from '../voting-jobs.module';

/**
 * The recount against the harness's PostgreSQL, as the worker runs it: ballots and a live
 * tally written straight into the tables (year 2087, counties 99871–99872 are this file's).
 */
const YEAR = 2087;

let moduleRef: TestingModule;
let dataSource: DataSource;
let questionnaireId: string;
let questionId: string;

beforeAll(async () => {
  moduleRef = await Test.createTestingModule({ imports: [VotingJobsModule.forRoot({ databaseUrl: process.env['DATABASE_URL'] ?? '' })] }).compile();
  await moduleRef.init();
  dataSource = moduleRef.get<DataSource>(getDataSourceToken(VOTING_DATA_SOURCE));
  [{ id: questionnaireId }] = (await dataSource.query(`INSERT INTO voting.questionnaire (year, status) VALUES ($1, 'open') RETURNING id`, [YEAR])) as [
    { id: string },
  ];
  [{ id: questionId }] = (await dataSource.query(
    `INSERT INTO voting.questionnaire_question (questionnaire_id, position, source, text) VALUES ($1, 1, 'agency', 'Q?') RETURNING id`,
    [questionnaireId],
  )) as [{ id: string }];
  // 25 ballots: 99871 yes ×15 online, 99872 no ×10 in the room (paging by keyset is covered in ballots.int-spec).
  const ballots = [...Array.from({ length: 15 }, () => ['99871', 'online', '\\x01']), ...Array.from({ length: 10 }, () => ['99872', 'in-room', '\\x02'])];
  for (const [county, channel, answers] of ballots) {
    await dataSource.query(`INSERT INTO voting.ballot (id, questionnaire_id, county_code, channel, receipt, answers) VALUES ($1, $2, $3, $4, $5, $6::bytea)`, [
      randomUUID(),
      questionnaireId,
      county,
      channel,
      randomUUID()
        .replace(/[^a-z2-7]/g, '')
        .toUpperCase()
        .padEnd(12, 'A')
        .slice(0, 12),
      answers,
    ]);
  }
  await dataSource.query(
    `INSERT INTO voting.ballot_tally (questionnaire_id, question_id, county_code, channel, choice, count) VALUES ($1, $2, '99871', 'online', 'yes', 15), ($1, $2, '99872', 'in-room', 'no', 10)`,
    [questionnaireId, questionId],
  );
});

afterAll(async () => {
  await moduleRef?.close();
});

it('recounts the ballots page by page, finds them equal to the live tally, and stores the report', async () => {
  const outcome = await moduleRef.get(RecountQuestionnaireJob).handle({ year: YEAR, requestedBy: null });
  expect(outcome).toMatchObject({ ballotsCounted: 25, equal: true, differences: 0 });
  const [report] = (await dataSource.query(`SELECT ballots_counted, equal, differences FROM voting.recount_report WHERE id = $1`, [outcome.reportId])) as Array<
    Record<string, unknown>
  >;
  expect(report).toEqual({ ballots_counted: 25, equal: true, differences: [] });
});

it('reports every counter that differs', async () => {
  await dataSource.query(`UPDATE voting.ballot_tally SET count = 14 WHERE questionnaire_id = $1 AND county_code = '99871'`, [questionnaireId]);
  const staff = randomUUID();
  const outcome = await moduleRef.get(RecountQuestionnaireJob).handle({ year: YEAR, requestedBy: staff });
  expect(outcome).toMatchObject({ ballotsCounted: 25, equal: false, differences: 1 });
  const [report] = (await dataSource.query(`SELECT requested_by, differences FROM voting.recount_report WHERE id = $1`, [outcome.reportId])) as Array<
    Record<string, unknown>
  >;
  expect(report).toEqual({
    requested_by: staff,
    differences: [{ questionId, countyCode: '99871', channel: 'online', choice: 'yes', live: 14, recounted: 15 }],
  });
});

it('does nothing for a year without a questionnaire', async () => {
  expect(await moduleRef.get(RecountQuestionnaireJob).handle({ year: YEAR + 1, requestedBy: null })).toEqual({
    reportId: null,
    ballotsCounted: 0,
    equal: true,
    differences: 0,
  });
});
