import { DynamicModule, Module } from '@nestjs/common';
import { resolversOf } from '@civic/platform';
import { CommentsModule } from './comments';
import { DeadlinesModule } from './deadlines';
import { EventsModule } from './events';
import { RecordsModule } from './records';
import { DEFAULT_RESOLUTIONS_FEATURE_OPTIONS, type ResolutionsFeatureOptions } from './resolutions-feature.options';
import { SubmissionModule } from './submission';
import { WorkflowModule } from './workflow';

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

/** Every resolver of the resolutions subgraph, for the schema printer (tools/schema); options do not change which. */
export const resolutionsResolvers = resolversOf(ResolutionsFeatureModule.forRoot(DEFAULT_RESOLUTIONS_FEATURE_OPTIONS));
