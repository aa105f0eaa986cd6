import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { QueueName } from '@civic/contracts';
import { BodyMembershipReadModelModule, ResidencyReadModelModule } from '@civic/data-access';
import { commentsProviders, commentsResolvers } from './comments';
import { deadlinesProviders, deadlinesResolvers } from './deadlines';
import { eventsProviders, eventsResolvers } from './events';
import { recordsProviders, recordsResolvers } from './records';
import { RESOLUTIONS_FEATURE_OPTIONS, type ResolutionsFeatureOptions } from './resolutions-feature.options';
import { submissionProviders, submissionResolvers } from './submission';
import { workflowProviders, workflowResolvers } from './workflow';

export const resolutionsResolvers = [...workflowResolvers, ...recordsResolvers, ...submissionResolvers, ...commentsResolvers, ...eventsResolvers, ...deadlinesResolvers];

/**
 * Citizen resolutions: submission, the pipeline and its rules, the public record. Needs the
 * app's TypeOrmModule, EventConsumerModule, OutboxRelayModule and BullModule.forRoot.
 */
@Module({})
export class ResolutionsFeatureModule {
  static forRoot(options: ResolutionsFeatureOptions): DynamicModule {
    return {
      module: ResolutionsFeatureModule,
      // Identity's residency events (who may submit, and the author's county) and assemblies'
      // body memberships (who may take a committee's or the council's transition).
      imports: [BullModule.registerQueue({ name: QueueName.resolutionDeadlines }), ResidencyReadModelModule, BodyMembershipReadModelModule],
      providers: [
        { provide: RESOLUTIONS_FEATURE_OPTIONS, useValue: options },
        ...workflowProviders,
        ...recordsProviders,
        ...submissionProviders,
        ...commentsProviders,
        ...eventsProviders,
        ...deadlinesProviders,
        ...resolutionsResolvers,
      ],
    };
  }
}
