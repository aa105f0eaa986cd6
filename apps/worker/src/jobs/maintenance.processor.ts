import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { QueueName } from '@civic/contracts';
import { JobHandlerRegistry } from './job-handler.registry';
import type { MaintenanceJobName, MaintenanceJobPayloads } from '@civic/contracts';

/** Runs maintenance jobs; each handler is idempotent, so BullMQ's retries are safe. */
@Processor(QueueName.maintenance)
export class MaintenanceProcessor extends WorkerHost {
  constructor(private readonly registry: JobHandlerRegistry) {
    super();
  }

  process(job: Job<MaintenanceJobPayloads[MaintenanceJobName], unknown, MaintenanceJobName>): Promise<unknown> {
    return this.registry.run(job.name, job.data);
  }
}
