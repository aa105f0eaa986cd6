import type { DemoReferenceData } from '@civic/contracts';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { isModuleMissing } from './migrations';
import { SERVICES, type DemoSeeder, type ServiceModule } from './services';

/**
 * Hands the demo reference data to every service that exports a demo seeder, each with a
 * DataSource built from its own options. Seeders are idempotent, so this runs on every start.
 */
export async function seedDemo(
  databaseUrl: string,
  demo: DemoReferenceData,
  services: readonly ServiceModule[] = SERVICES,
  log: (message: string) => void = () => undefined,
  { skipMissing = false }: { skipMissing?: boolean } = {},
): Promise<string[]> {
  const seeded: string[] = [];
  for (const service of services) {
    let seeder: DemoSeeder | undefined;
    try {
      seeder = await service.demoSeeder();
    } catch (error) {
      if (!skipMissing || !isModuleMissing(error)) throw error;
      log(`${service.name}: not seeded, its feature library is missing`);
      continue;
    }
    if (!seeder) continue;
    const options: DataSourceOptions = { ...(await service.dataSourceOptions())(databaseUrl), poolSize: 4 } as DataSourceOptions;
    const dataSource = new DataSource(options);
    await dataSource.initialize();
    try {
      await seeder(dataSource, demo);
      seeded.push(service.name);
      log(`${service.name}: demo seeded`);
    } finally {
      await dataSource.destroy();
    }
  }
  return seeded;
}
