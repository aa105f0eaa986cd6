import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@civic/platform';
import { FileImplementationReportInput } from './implementation-report.input';
import { ImplementationReportType } from './implementation-report.type';
import { FileImplementationReportService } from './file-implementation-report.service';

@Resolver(() => ImplementationReportType)
export class ImplementationReportResolver {
  constructor(private readonly filing: FileImplementationReportService) {}

  @RequireRoles('staff', 'admin')
  @Mutation(() => ImplementationReportType, {
    description:
      "Staff: files a resolution's implementation report for a year (one per year), after the board's response. " +
      'It clears the flag a missing report raised.',
  })
  fileImplementationReport(@CurrentUser() user: AuthenticatedUser, @Args('input') input: FileImplementationReportInput): Promise<ImplementationReportType> {
    return this.filing.file(user, input);
  }
}
