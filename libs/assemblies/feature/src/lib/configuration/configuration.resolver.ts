import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ConfirmationGate } from '@civic/data-access';
import { CurrentUser, PageArgs, PendingConfirmationType, Public, RequireRoles, type AuthenticatedUser, type Connection } from '@civic/platform';
import { ConfigurationReader } from './configuration-reader.service';
import { ConfigurationUpdateService } from './configuration-update.service';
import { AnnualCalendarType, ConfigurationChangeConnection, CongressConfigurationType, type ConfigurationChangeType } from './congress-configuration.type';
import { UpdateCalendarInput, UpdateSeatPlanInput, UpdateTermLimitInput } from './configuration.input';

/** The configuration is public to read; only staff and admins change it. */
@Resolver(() => CongressConfigurationType)
export class ConfigurationResolver {
  constructor(
    private readonly reader: ConfigurationReader,
    private readonly updates: ConfigurationUpdateService,
    private readonly confirmations: ConfirmationGate,
  ) {}

  @Public()
  @Query(() => CongressConfigurationType, { description: 'Seats, seat classes, term limit and calendar of the congress.' })
  async congressConfiguration(): Promise<CongressConfigurationType> {
    return this.reader.toGraphQL(await this.reader.current());
  }

  @Public()
  @Query(() => ConfigurationChangeConnection, { description: 'Every recorded configuration change, newest first.' })
  configurationHistory(@Args() page: PageArgs): Promise<Connection<ConfigurationChangeType>> {
    return this.reader.history(page);
  }

  @Public()
  @Query(() => AnnualCalendarType, { description: 'The county meeting and convention dates of a year.' })
  annualCalendar(@Args('year', { type: () => Int }) year: number): Promise<AnnualCalendarType> {
    return this.reader.annualCalendar(year);
  }

  @RequireRoles('staff', 'admin', 'observer')
  @Query(() => [PendingConfirmationType], {
    description:
      'Staff, admins and observers: requests to extend every term or change the seat plan waiting for a second staff member (unconfirmed, unexpired), oldest first.',
  })
  pendingAssembliesConfirmations(): Promise<PendingConfirmationType[]> {
    return this.confirmations.pending();
  }

  @RequireRoles('staff', 'admin')
  @Mutation(() => CongressConfigurationType, {
    description:
      'Replace seat classes and seats per jurisdiction (seats are added or removed to match). Admin, or agency staff with a second staff member’s confirmation: the second sends the same request (same input) within 24 hours; until then the call is refused with CONFIRMATION_REQUIRED and nothing changes.',
  })
  async updateSeatPlan(@Args('input') input: UpdateSeatPlanInput, @CurrentUser() user: AuthenticatedUser): Promise<CongressConfigurationType> {
    return this.reader.toGraphQL(await this.updates.updateSeatPlan(input, user));
  }

  @RequireRoles('staff', 'admin')
  @Mutation(() => CongressConfigurationType, { description: 'Staff: set or remove the term limit.' })
  async updateTermLimit(@Args('input') input: UpdateTermLimitInput, @CurrentUser() user: AuthenticatedUser): Promise<CongressConfigurationType> {
    return this.reader.toGraphQL(await this.updates.updateTermLimit(input, user));
  }

  @RequireRoles('staff', 'admin')
  @Mutation(() => CongressConfigurationType, { description: 'Staff: replace the annual calendar rules and county overrides.' })
  async updateCalendar(@Args('input') input: UpdateCalendarInput, @CurrentUser() user: AuthenticatedUser): Promise<CongressConfigurationType> {
    return this.reader.toGraphQL(await this.updates.updateCalendar(input, user));
  }
}
