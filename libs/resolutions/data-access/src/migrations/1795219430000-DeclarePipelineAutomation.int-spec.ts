import { DataSource, type QueryRunner } from 'typeorm';
import { WISCONSIN_PIPELINE } from '@civic/resolutions-domain';
import { resolutionsDataSourceOptions } from '../lib/resolutions.datasource';
import { DeclarePipelineAutomation1795219430000 } from './1795219430000-DeclarePipelineAutomation';

/**
 * The migration against PostgreSQL: a version stored before the declarations gets them on up
 * and loses them on down. Runs in a transaction that is rolled back, so the shared database
 * (whose versions other specs read) is left as it was.
 */
const VERSION = 2_000_000_000;
let dataSource: DataSource;
let runner: QueryRunner;

beforeAll(async () => {
  const databaseUrl = process.env['DATABASE_URL'];
  if (!databaseUrl) throw new Error('DATABASE_URL is not set: run with the integration config');
  dataSource = await new DataSource({ ...resolutionsDataSourceOptions(databaseUrl), poolSize: 1 } as ReturnType<
    typeof resolutionsDataSourceOptions
  >).initialize();
  runner = dataSource.createQueryRunner();
  await runner.startTransaction();
});

afterAll(async () => {
  await runner?.rollbackTransaction();
  await runner?.release();
  await dataSource?.destroy();
});

async function stored(): Promise<unknown> {
  const [row] = (await runner.query(`SELECT "definition" FROM "resolutions"."pipeline_version" WHERE "version" = $1`, [VERSION])) as Array<{
    definition: unknown;
  }>;
  return row?.definition;
}

it('adds the declarations to a stored Wisconsin definition, and takes them off again', async () => {
  const current = JSON.parse(JSON.stringify(WISCONSIN_PIPELINE)) as { transitions: Array<Record<string, unknown>>; threeTwoRule: Record<string, unknown> };
  const before = {
    ...current,
    transitions: current.transitions.map(({ effects: _effects, takenWhen: _takenWhen, ...transition }) => transition),
    threeTwoRule: { ...current.threeTwoRule, transition: 'three-two-rule' },
  };
  await runner.query(
    `INSERT INTO "resolutions"."pipeline_version" ("version", "definition", "reason") VALUES ($1, $2::jsonb, 'stored before the declarations')`,
    [VERSION, JSON.stringify(before)],
  );
  const migration = new DeclarePipelineAutomation1795219430000();

  await migration.up(runner);
  expect(await stored()).toEqual(current);

  await migration.down(runner);
  expect(await stored()).toEqual(before);
});
