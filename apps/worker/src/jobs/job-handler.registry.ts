import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { MAINTENANCE_JOB_NAMES, type MaintenanceJobName, type MaintenanceJobPayloads } from '@civic/contracts';
import { MAINTENANCE_JOB_HANDLERS, type MaintenanceJobHandler } from './maintenance-jobs';
import { JobRegistrationError, jobRegistrationProblems } from './job-registration-problems';

/** Maps each maintenance job to its one handler; refuses to start otherwise. */
@Injectable()
export class JobHandlerRegistry implements OnModuleInit {
  private readonly byName = new Map<string, MaintenanceJobHandler>();

  constructor(@Inject(MAINTENANCE_JOB_HANDLERS) private readonly handlers: MaintenanceJobHandler[]) {}

  onModuleInit(): void {
    const problems = jobRegistrationProblems(MAINTENANCE_JOB_NAMES, this.handlers);
    if (problems.length > 0) throw new JobRegistrationError(`Refusing to start the worker: ${problems.join('; ')}`);
    for (const handler of this.handlers) this.byName.set(handler.jobName, handler);
  }

  async run<N extends MaintenanceJobName>(name: N, payload: MaintenanceJobPayloads[N]): Promise<unknown> {
    const handler = this.byName.get(name) as MaintenanceJobHandler<N> | undefined;
    // A job name from an older or newer deployment: fail it loudly rather than drop it.
    if (!handler) throw new JobRegistrationError(`no handler for job "${name}"`);
    return handler.handle(payload);
  }
}
