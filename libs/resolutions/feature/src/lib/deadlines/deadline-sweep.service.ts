import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { errorMessage } from '@civic/data-access';
import { RuleResolutionRepository } from '@civic/resolutions-data-access';
import { MissStageDeadlineService, type DeadlineOutcome } from './miss-stage-deadline.service';

/** How many overdue resolutions one sweep handles; the next sweep takes the rest. */
const SWEEP_BATCH = 200;

/**
 * Use case: the safety net behind the delayed jobs. Reads overdue stages from the database,
 * so a deadline whose job was never queued (Redis down at the transition) or was lost still
 * fires within one sweep period.
 */
@Injectable()
export class DeadlineSweepService {
  private readonly logger = new Logger('DeadlineSweep');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly resolutions: RuleResolutionRepository,
    private readonly deadlines: MissStageDeadlineService,
  ) {}

  async sweep(now = new Date()): Promise<Map<string, DeadlineOutcome>> {
    const ids = await this.resolutions.findOverdueIds(this.dataSource.manager, now, SWEEP_BATCH);
    const outcomes = new Map<string, DeadlineOutcome>();
    for (const id of ids) {
      // One resolution's failure must not hold back the others; the next sweep retries it.
      try {
        outcomes.set(id, await this.deadlines.process(id, null, now));
      } catch (error) {
        this.logger.error(`resolution ${id}: overdue deadline not processed: ${errorMessage(error)}`);
      }
    }
    return outcomes;
  }
}
