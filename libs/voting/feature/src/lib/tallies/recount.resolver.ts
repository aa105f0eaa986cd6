import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, OptionalUser, Public, RequireRoles, type AuthenticatedUser } from '@civic/platform';
import { RecountReportType } from './recount-report.type';
import { RecountService } from './request-recount.service';

/** Recounts from the stored ballots, run by the worker; their reports are public. */
@Resolver(() => RecountReportType)
export class RecountResolver {
  constructor(private readonly recounts: RecountService) {}

  @RequireRoles('staff', 'admin')
  @Mutation(() => Boolean, {
    description:
      "Asks the worker to recount a year's questionnaire from its stored ballots and compare with the live tally (staff); the report appears in recountReports. " +
      'No questionnaire: NOT_FOUND. The queue unavailable: SERVICE_UNAVAILABLE.',
  })
  requestRecount(@CurrentUser() user: AuthenticatedUser, @Args('year', { type: () => Int }) year: number): Promise<boolean> {
    return this.recounts.request(user, year);
  }

  @Public()
  @Query(() => [RecountReportType], {
    description: "The year's recount reports, newest first (at most 50); while voting is open their differences are for staff and observers only.",
  })
  recountReports(@OptionalUser() viewer: AuthenticatedUser | undefined, @Args('year', { type: () => Int }) year: number): Promise<RecountReportType[]> {
    return this.recounts.reports(year, viewer);
  }
}
