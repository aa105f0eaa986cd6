import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, RequireCountyAccess, RequireRoles, type AuthenticatedUser } from '@civic/platform';
import { AccountType, type AccountView } from '../accounts';
import { ImportVoterRollInput } from './import-voter-roll.input';
import { IssuedVoterCodeType } from './issued-voter-code.type';
import { ClaimVoterCodeInput, IssueVoterCodeInput } from './voter-code.input';
import { VoterCodeService, type IssuedVoterCode } from './voter-code.service';
import { VoterRollImportReportType } from './voter-roll-import-report.type';
import { VoterRollImportService, type VoterRollImportReport } from './voter-roll-import.service';

@Resolver(() => VoterRollImportReportType)
export class VoterRollResolver {
  constructor(
    private readonly imports: VoterRollImportService,
    private readonly codes: VoterCodeService,
  ) {}

  @Mutation(() => VoterRollImportReportType, {
    description:
      'Adds or updates voter-roll entries from a CSV; returns and keeps a report (agency staff and admins: congress-wide, not clerks). Verifies nobody: people claim their entry with a voter code.',
  })
  @RequireRoles('staff', 'admin')
  importVoterRoll(@Args('input') input: ImportVoterRollInput, @CurrentUser() user: AuthenticatedUser): Promise<VoterRollImportReport> {
    return this.imports.import(input.csv, input.fileName ?? null, user.accountId);
  }

  @Query(() => VoterRollImportReportType, { description: 'A voter-roll import’s report (agency staff, admins, observers).' })
  @RequireRoles('staff', 'admin', 'observer')
  voterRollImport(@Args('id', { type: () => ID }) id: string): Promise<VoterRollImportReport> {
    return this.imports.report(id);
  }

  @Mutation(() => IssuedVoterCodeType, {
    description:
      'Issues a one-time voter code for a roll entry, returned this once to print or mail (agency staff and admins anywhere; a county clerk for entries of the counties they serve, else FORBIDDEN). Re-issuing withdraws the previous code and its attempt count; valid 90 days. ALREADY_CLAIMED when the entry backs an account.',
  })
  @RequireCountyAccess()
  issueVoterCode(@Args('input') input: IssueVoterCodeInput, @CurrentUser() user: AuthenticatedUser): Promise<IssuedVoterCode> {
    return this.codes.issue(input.voterId, user);
  }

  @Mutation(() => AccountType, {
    description:
      'Claims your voter-roll entry with its voter id and voter code (signed-in accounts with a verified email, else EMAIL_NOT_VERIFIED): your residency becomes verified by voter roll ' +
      '(announces identity.resident-verified). One roll entry backs one account. VOTER_CODE_INVALID, VOTER_CODE_LOCKED (after 5 wrong codes), VOTER_CODE_EXPIRED, ALREADY_CLAIMED, RATE_LIMITED.',
  })
  @Authenticated()
  claimVoterCode(@Args('input') input: ClaimVoterCodeInput, @CurrentUser() user: AuthenticatedUser): Promise<AccountView> {
    return this.codes.claim(user.accountId, input);
  }
}
