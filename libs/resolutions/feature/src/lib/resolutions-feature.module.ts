import { DynamicModule, Module } from '@nestjs/common';
import { CommentsModule, commentsResolvers } from './comments';
import { DeadlinesModule, deadlinesResolvers } from './deadlines';
import { EventsModule } from './events';
import { RecordsModule, recordsResolvers } from './records';
import type { ResolutionsFeatureOptions } from './resolutions-feature.options';
import { SubmissionModule, submissionResolvers } from './submission';
import { WorkflowModule, workflowResolvers } from './workflow';

/** Every resolver of the subgraph, for tools/schema (the area modules register them). */
export const resolutionsResolvers = [...workflowResolvers, ...recordsResolvers, ...submissionResolvers, ...commentsResolvers, ...deadlinesResolvers];

/**
 * Citizen resolutions: submission, the pipeline and its rules, the public record. Needs the
 * app's TypeOrmModule, EventConsumerModule, OutboxRelayModule and BullModule.forRoot.
 */
@Module({})
export class ResolutionsFeatureModule {
  static forRoot(options: ResolutionsFeatureOptions): DynamicModule {
    return {
      module: ResolutionsFeatureModule,
      imports: [WorkflowModule, RecordsModule, SubmissionModule, CommentsModule, EventsModule, DeadlinesModule.register(options)],
    };
  }
}
