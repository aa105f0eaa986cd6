import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { SubmissionLimits } from '@civic/resolutions-domain';
import { CurrentUser, Public, RequireRoles, type AuthenticatedUser } from '@civic/platform';
import { ConfigureResolutionCycleInput } from './configure-resolution-cycle.input';
import { ConfigureResolutionCycleService } from './configure-resolution-cycle.service';
import { ResolutionCycleReader } from './resolution-cycle-reader.service';
import { ResolutionCycleType, SubmissionLimitsType } from './resolution-cycle.type';

@Resolver(() => ResolutionCycleType)
export class ResolutionCycleResolver {
  constructor(
    private readonly reader: ResolutionCycleReader,
    private readonly configuring: ConfigureResolutionCycleService,
  ) {}

  @Public()
  @Query(() => ResolutionCycleType, {
    nullable: true,
    description: "A congress year's submission window and limits; without a year, the current one (open now, else the next to open, else the latest).",
  })
  resolutionCycle(@Args('year', { type: () => Int, nullable: true }) year?: number | null): Promise<ResolutionCycleType | null> {
    return this.reader.cycle(year);
  }

  @Public()
  @Query(() => [ResolutionCycleType], { description: 'Every configured congress year, newest first.' })
  resolutionCycles(): Promise<ResolutionCycleType[]> {
    return this.reader.all();
  }

  @Public()
  @Query(() => SubmissionLimitsType, {
    description: "The limits a citizen resolution must respect: the current cycle's (Wisconsin's while none is configured).",
  })
  resolutionSubmissionLimits(): Promise<SubmissionLimits> {
    return this.reader.limits();
  }

  @RequireRoles('staff', 'admin')
  @Mutation(() => ResolutionCycleType, {
    description: "Sets a congress year's submission window and limits, replacing any earlier setting (staff). Audited.",
  })
  configureResolutionCycle(@CurrentUser() user: AuthenticatedUser, @Args('input') input: ConfigureResolutionCycleInput): Promise<ResolutionCycleType> {
    return this.configuring.configure(user, input);
  }
}
