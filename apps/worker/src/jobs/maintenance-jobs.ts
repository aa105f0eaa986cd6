import type { MaintenanceJobName, MaintenanceJobPayloads } from '@civic/contracts';

/** What each service's jobs library provides for one maintenance job. */
export interface MaintenanceJobHandler<N extends MaintenanceJobName = MaintenanceJobName> {
  readonly jobName: N;
  handle(payload: MaintenanceJobPayloads[N]): Promise<unknown>;
}

export const MAINTENANCE_JOB_HANDLERS = Symbol('MAINTENANCE_JOB_HANDLERS');
