import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { DomainError } from '@civic/util';
import { BallotRepository, VoterEligibilityRepository } from '@civic/voting-data-access';

/**
 * Who votes at a county meeting — in the room on a device, or on a paper ballot handed out
 * there — and in which county: a person checked in with a vote at their county's meeting of
 * the year, and, if they are a verified resident, of that same county. NOT_ELIGIBLE
 * otherwise, with the reason.
 */
@Injectable()
export class MeetingVoterService {
  constructor(
    private readonly eligibility: VoterEligibilityRepository,
    private readonly ballots: BallotRepository,
  ) {}

  /** `what` names the act in the refusal: "Voting in the room", "A paper ballot". */
  async countyOf(manager: EntityManager, accountId: string, year: number, what: string): Promise<string> {
    // Two independent reads: side by side, not one after the other.
    const [resident, attendee] = await Promise.all([
      this.eligibility.eligibleJurisdiction(manager, accountId),
      this.ballots.checkedInWithVote(manager, accountId, year),
    ]);
    if (!attendee) throw new DomainError(ErrorCode.NOT_ELIGIBLE, `${what} is for those checked in with a vote at their county's ${year} meeting.`);
    // Checked in at another county's meeting than the one they are a verified resident of.
    if (resident !== null && resident !== attendee.countyCode) {
      throw new DomainError(
        ErrorCode.NOT_ELIGIBLE,
        `A resident of county ${resident} votes at its meeting, not at ${attendee.countyCode}'s: ${what.toLowerCase()} is not for them here.`,
        { residentOf: resident, checkedInAt: attendee.countyCode },
      );
    }
    return attendee.countyCode;
  }
}
