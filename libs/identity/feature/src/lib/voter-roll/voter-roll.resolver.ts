import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@civic/platform';
import { ImportVoterRollInput } from './import-voter-roll.input';
import { VoterRollImportReportType } from './voter-roll-import-report.type';
import { VoterRollImportService, type VoterRollImportReport } from './voter-roll-import.service';

@Resolver(() => VoterRollImportReportType)
@RequireRoles('staff', 'admin')
export class VoterRollResolver {
  constructor(private readonly imports: VoterRollImportService) {}

  @Mutation(() => VoterRollImportReportType, { description: 'Verifies residencies from a voter-roll CSV; returns and keeps a report (staff).' })
  importVoterRoll(@Args('input') input: ImportVoterRollInput, @CurrentUser() user: AuthenticatedUser): Promise<VoterRollImportReport> {
    return this.imports.import(input.csv, input.fileName ?? null, user.accountId);
  }

  @Query(() => VoterRollImportReportType)
  voterRollImport(@Args('id', { type: () => ID }) id: string): Promise<VoterRollImportReport> {
    return this.imports.report(id);
  }
}
