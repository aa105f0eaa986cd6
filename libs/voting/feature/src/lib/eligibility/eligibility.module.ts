import { Module } from '@nestjs/common';
import { VoterEligibilityRepository } from '@civic/voting-data-access';
import { AccountEligibilityResolver } from './account-eligibility.resolver';
import { EligibilityResolver } from './eligibility.resolver';
import { ReadEligibilityService } from './read-eligibility.service';
import { RecordResidencyService } from './record-residency.service';
import { ResidencyEventHandlers } from './residency-event.handlers';

/**
 * Voter eligibility, learned from identity's residency events (a read model: identity stays
 * the authority). Needs the app's EventConsumerModule (the handler registry).
 */
@Module({
  providers: [
    VoterEligibilityRepository,
    RecordResidencyService,
    ReadEligibilityService,
    ResidencyEventHandlers,
    EligibilityResolver,
    AccountEligibilityResolver,
  ],
  exports: [VoterEligibilityRepository],
})
export class EligibilityModule {}
