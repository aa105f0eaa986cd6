import { Module } from '@nestjs/common';
import { VoterEligibilityRepository } from '@civic/voting-data-access';
import { AccountEligibilityResolver } from './eligibility/account-eligibility.resolver';
import { EligibilityResolver } from './eligibility/eligibility.resolver';
import { ReadEligibilityService } from './eligibility/read-eligibility.service';
import { RecordResidencyService } from './eligibility/record-residency.service';
import { ResidencyEventHandlers } from './eligibility/residency-event.handlers';

export const votingResolvers = [EligibilityResolver, AccountEligibilityResolver];

/**
 * Voter eligibility, learned from identity's residency events. Needs the app's
 * TypeOrmModule and EventConsumerModule (for the handler registry).
 */
@Module({
  providers: [VoterEligibilityRepository, RecordResidencyService, ReadEligibilityService, ResidencyEventHandlers, ...votingResolvers],
})
export class VotingFeatureModule {}
