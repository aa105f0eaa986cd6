import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { pageWindow, toConnection, type Connection } from '@civic/platform';
import { ResolutionLookupRepository, RuleResolutionRepository } from '@civic/resolutions-data-access';
import { toResolutionType } from '../resolutions';
import type { DeadlineMissedLinks } from './miss-stage-deadline.service';
import type { OverdueResolutionsArgs, OverdueResolutionType } from './overdue-resolution.type';

const DEADLINE_MISSED = 'deadline-missed';

/**
 * Use case: the public record of missed deadlines. It lists the recorded steps rather than
 * the resolutions' current flags, so a committee that let its deadline pass stays on record
 * after the item advanced.
 */
@Injectable()
export class OverdueResolutionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rules: RuleResolutionRepository,
    private readonly resolutions: ResolutionLookupRepository,
  ) {}

  async list(args: OverdueResolutionsArgs): Promise<Connection<OverdueResolutionType>> {
    const window = pageWindow(args);
    const manager = this.dataSource.manager;
    const [steps, total] = await this.rules.findMissedDeadlines(manager, DEADLINE_MISSED, {
      stage: args.stage ?? null,
      currentOnly: args.currentOnly ?? false,
      offset: window.offset,
      limit: window.limit,
    });
    const resolutions = new Map((await this.resolutions.findByIds([...new Set(steps.map((step) => step.resolutionId))], manager)).map((row) => [row.id, row]));
    const items = steps.flatMap((step): OverdueResolutionType[] => {
      const resolution = resolutions.get(step.resolutionId);
      if (!resolution) return [];
      const linked = step.linked as Partial<DeadlineMissedLinks>;
      return [
        {
          resolution: toResolutionType(resolution),
          flaggedAt: step.occurredAt,
          reason: step.reason ?? '',
          missedStage: step.fromStage ?? resolution.stage,
          missedDeadlineAt: linked.deadlineAt ? new Date(linked.deadlineAt) : null,
          stillOverdue: resolution.flaggedAt !== null && resolution.stage === step.fromStage,
        },
      ];
    });
    return toConnection(items, total, window);
  }
}
