import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import { requireCountyAccess, type AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound, refuseProblems, requireUuid } from '@civic/util';
import { BallotBoxRepository, PaperBallotRepository, QuestionnaireRepository } from '@civic/voting-data-access';
import { takesBallots, yearProblems } from '@civic/voting-domain';
import { MeetingVoterService } from '../ballots';
import type { IssuePaperBallotInput } from './paper-ballot.input';
import type { PaperBallotIssueType } from './paper-ballot.type';

const CHANNEL_NAMES = { online: 'online', 'in-room': 'in the room', paper: 'on a paper ballot' } as const;

/**
 * Use case: at a county meeting, staff hand a paper ballot to a checked-in attendee. That
 * records the person as having voted, channel paper, exactly as an online ballot would —
 * so any later ballot through any channel is ALREADY_VOTED — and counts the paper against
 * the county's confirmed paper totals. A person who already voted is told so at the door and
 * gets no paper. The window is the stored one, by the database's clock (as for every ballot).
 */
@Injectable()
export class IssuePaperBallotService {
  constructor(
    private readonly questionnaires: QuestionnaireRepository,
    private readonly windows: BallotBoxRepository,
    private readonly meetingVoters: MeetingVoterService,
    private readonly paperBallots: PaperBallotRepository,
  ) {}

  issue(staff: AuthenticatedUser, input: IssuePaperBallotInput): Promise<PaperBallotIssueType> {
    refuseProblems(yearProblems(input.year));
    const accountId = requireUuid(input.accountId, 'accountId');
    return this.questionnaires.transaction(async (manager) => {
      const questionnaire = await this.questionnaires.findByYear(input.year, manager);
      if (!questionnaire) throw notFound(`The ${input.year} questionnaire`, { year: input.year });
      // Share-locked like a ballot batch: closing waits for this, and this sees a close.
      const [window] = await this.windows.lockWindows(manager, [questionnaire.id]);
      if (!window || !takesBallots(window, window.now)) {
        throw new DomainError(ErrorCode.VOTING_CLOSED, `Voting on the ${input.year} questionnaire is not open: no paper ballot is issued.`, {
          year: input.year,
          status: window?.status ?? questionnaire.status,
        });
      }
      const countyCode = await this.meetingVoters.countyOf(manager, accountId, input.year, 'A paper ballot');
      requireCountyAccess(staff, countyCode);
      const outcome = await this.paperBallots.issue(manager, questionnaire.id, accountId, countyCode);
      if (!outcome.issued) {
        throw new DomainError(
          ErrorCode.ALREADY_VOTED,
          `This person has already voted on the ${input.year} questionnaire (${CHANNEL_NAMES[outcome.votedThrough]}): no paper ballot is issued.`,
          { year: input.year, channel: outcome.votedThrough },
        );
      }
      return { year: input.year, accountId, countyCode, county: { code: countyCode }, paperBallotsIssued: outcome.issuedInCounty };
    });
  }
}
