import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs, RequireRoles, type Connection } from '@civic/platform';
import type { ResolutionType } from '../resolutions';
import { ResolutionConnection } from './resolution-connection.type';
import { ResolutionFilterInput } from './resolution-filter.input';
import { ResolutionQueueService } from './resolution-queue.service';
import { ResolutionQueueType } from './resolution-queue.type';

/** The staff console: queues by stage and committee, and the CSV export. */
@RequireRoles('staff', 'admin', 'observer')
@Resolver(() => ResolutionQueueType)
export class StaffConsoleResolver {
  constructor(private readonly queues: ResolutionQueueService) {}

  @Query(() => ResolutionQueueType, { description: 'Staff: the filtered resolutions counted by stage and by committee, with the list itself.' })
  resolutionQueue(@Args('filter', { type: () => ResolutionFilterInput, nullable: true }) filter?: ResolutionFilterInput | null): Promise<ResolutionQueueType> {
    return this.queues.queue(filter);
  }

  @Query(() => String, { description: 'Staff: the filtered resolutions as CSV (RFC 4180, a header row, by number).' })
  exportResolutionsCsv(@Args('filter', { type: () => ResolutionFilterInput, nullable: true }) filter?: ResolutionFilterInput | null): Promise<string> {
    return this.queues.exportCsv(filter);
  }

  @ResolveField(() => ResolutionConnection, { description: 'The filtered resolutions, by number.' })
  items(@Parent() queue: ResolutionQueueType, @Args() page: PageArgs): Promise<Connection<ResolutionType>> {
    return this.queues.items(queue.filter, page);
  }
}
