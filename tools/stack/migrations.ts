import { revertLastServiceMigration, runServiceMigrations } from '@civic/data-access';
import { SERVICES, serviceModule, type DataSourceOptionsFactory, type ServiceModule } from './services';

export interface MigrationReport {
  service: string;
  applied: string[];
}

export interface MigrateOptions {
  services?: readonly ServiceModule[];
  log?: (message: string) => void;
  /**
   * Skip (with a log line) services whose data-access library cannot be loaded yet, instead
   * of failing. Only for bootstrapping a workspace where a service is still being written.
   */
  skipMissing?: boolean;
}

export function isModuleMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'MODULE_NOT_FOUND';
}

/** Applies pending migrations of the given services (all by default), one after another. */
export async function migrateServices(databaseUrl: string, options: MigrateOptions = {}): Promise<MigrationReport[]> {
  const log = options.log ?? (() => undefined);
  const reports: MigrationReport[] = [];
  for (const service of options.services ?? SERVICES) {
    let factory: DataSourceOptionsFactory;
    try {
      factory = await service.dataSourceOptions();
    } catch (error) {
      if (!options.skipMissing || !isModuleMissing(error)) throw error;
      log(`${service.name}: skipped, its data-access library is missing (${(error as Error).message.split('\n')[0]})`);
      continue;
    }
    const applied = await runServiceMigrations(factory(databaseUrl));
    log(applied.length ? `${service.name}: applied ${applied.join(', ')}` : `${service.name}: up to date`);
    reports.push({ service: service.name, applied });
  }
  return reports;
}

export async function revertLastMigration(databaseUrl: string, serviceName: string): Promise<void> {
  const options = (await serviceModule(serviceName).dataSourceOptions())(databaseUrl);
  await revertLastServiceMigration(options);
}
