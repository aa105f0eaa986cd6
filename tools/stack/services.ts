import type { DemoReferenceData, ServiceName } from '@civic/contracts';
import type { ServicePrivileges } from '@civic/data-access';
import type { DataSource, DataSourceOptions } from 'typeorm';

export type DataSourceOptionsFactory = (databaseUrl: string) => DataSourceOptions;
export type DemoSeeder = (dataSource: DataSource, demo: DemoReferenceData) => Promise<void>;

export interface ServiceModule {
  name: ServiceName;
  /** The service's `<svc>DataSourceOptions` from its data-access library. */
  dataSourceOptions(): Promise<DataSourceOptionsFactory>;
  /** The service's `<svc>Privileges` from its data-access library: what its database role may do. */
  privileges(): Promise<ServicePrivileges>;
  /** The service's `seed<Svc>Demo` from its feature library, when it has one. */
  demoSeeder(): Promise<DemoSeeder | undefined>;
}

function pick<T>(module: object, name: string): T | undefined {
  const value = (module as Record<string, unknown>)[name];
  return typeof value === 'function' ? (value as T) : undefined;
}

function required<T>(module: object, name: string, library: string): T {
  const value = pick<T>(module, name);
  if (!value) throw new Error(`${library} does not export ${name}()`);
  return value;
}

function privilegesOf(module: object, name: string, library: string): ServicePrivileges {
  const value = (module as Record<string, unknown>)[name];
  if (!value || typeof value !== 'object') throw new Error(`${library} does not export ${name}`);
  return value as ServicePrivileges;
}

/**
 * The four subgraph services in migration and seed order. Libraries are imported lazily so
 * that the migrate CLI can work on one service without loading every feature module.
 */
export const SERVICES: readonly ServiceModule[] = [
  {
    name: 'identity',
    dataSourceOptions: async () => required(await import('@civic/identity-data-access'), 'identityDataSourceOptions', '@civic/identity-data-access'),
    privileges: async () => privilegesOf(await import('@civic/identity-data-access'), 'identityPrivileges', '@civic/identity-data-access'),
    demoSeeder: async () => pick(await import('@civic/identity-feature'), 'seedIdentityDemo'),
  },
  {
    name: 'assemblies',
    dataSourceOptions: async () => required(await import('@civic/assemblies-data-access'), 'assembliesDataSourceOptions', '@civic/assemblies-data-access'),
    privileges: async () => privilegesOf(await import('@civic/assemblies-data-access'), 'assembliesPrivileges', '@civic/assemblies-data-access'),
    demoSeeder: async () => pick(await import('@civic/assemblies-feature'), 'seedAssembliesDemo'),
  },
  {
    name: 'resolutions',
    dataSourceOptions: async () => required(await import('@civic/resolutions-data-access'), 'resolutionsDataSourceOptions', '@civic/resolutions-data-access'),
    privileges: async () => privilegesOf(await import('@civic/resolutions-data-access'), 'resolutionsPrivileges', '@civic/resolutions-data-access'),
    demoSeeder: async () => pick(await import('@civic/resolutions-feature'), 'seedResolutionsDemo'),
  },
  {
    name: 'voting',
    dataSourceOptions: async () => required(await import('@civic/voting-data-access'), 'votingDataSourceOptions', '@civic/voting-data-access'),
    privileges: async () => privilegesOf(await import('@civic/voting-data-access'), 'votingPrivileges', '@civic/voting-data-access'),
    demoSeeder: async () => pick(await import('@civic/voting-feature'), 'seedVotingDemo'),
  },
];

export function serviceModule(name: string): ServiceModule {
  const service = SERVICES.find((candidate) => candidate.name === name);
  if (!service) throw new Error(`Unknown service "${name}"; expected one of ${SERVICES.map((s) => s.name).join(', ')}`);
  return service;
}

export type AppName = ServiceName | 'worker' | 'gateway';

/** The processes of the platform, with their default ports (the worker's serves health only). */
export const APPS: ReadonlyArray<{ name: AppName; defaultPort: number }> = [
  { name: 'identity', defaultPort: 4001 },
  { name: 'assemblies', defaultPort: 4002 },
  { name: 'resolutions', defaultPort: 4003 },
  { name: 'voting', defaultPort: 4004 },
  { name: 'worker', defaultPort: 4005 },
  { name: 'gateway', defaultPort: 4000 },
];
