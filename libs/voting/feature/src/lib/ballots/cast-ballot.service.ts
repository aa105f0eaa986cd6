import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError, inputProblemError, notFound, refuseProblems } from '@civic/util';
import { VoterEligibilityRepository } from '@civic/voting-data-access';
import { checkBallot, yearProblems, type BallotChannel } from '@civic/voting-domain';
import { BallotBoxService } from './ballot-box.service';
import { BallotQuestionnaires } from './ballot-questionnaires.service';
import type { CastBallotInput } from './ballot.input';
import { MeetingVoterService } from './meeting-voter.service';
import type { BallotReceiptType } from './ballot.type';

/** Far more than any questionnaire has questions. */
const MAX_ANSWERS = 255;

/**
 * Use case: a resident casts their ballot, online (verified residents) or in the room
 * (checked in with a vote at their county's meeting of the year). The answers are checked
 * against the questionnaire and the voter's county, then go into the ballot box, which
 * answers once the ballot is committed.
 */
@Injectable()
export class CastBallotService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly questionnaires: BallotQuestionnaires,
    private readonly eligibility: VoterEligibilityRepository,
    private readonly meetingVoters: MeetingVoterService,
    private readonly box: BallotBoxService,
  ) {}

  async cast(voter: AuthenticatedUser, input: CastBallotInput): Promise<BallotReceiptType> {
    refuseProblems(yearProblems(input.year));
    if (input.answers.length > MAX_ANSWERS) refuseProblems([{ field: 'answers', message: `at most ${MAX_ANSWERS} answers` }]);
    const accountId = voter.accountId.toLowerCase();
    const channel = input.channel as BallotChannel;
    let current = await this.questionnaires.get(input.year);
    if (!current) throw notFound(`The ${input.year} questionnaire`, { year: input.year });
    if (current.questionnaire.status !== 'open') {
      throw new DomainError(ErrorCode.VOTING_CLOSED, `Voting on the ${input.year} questionnaire is not open (it is ${current.questionnaire.status}).`, {
        year: input.year,
        status: current.questionnaire.status,
      });
    }
    const countyCode = await this.countyOf(accountId, channel, input.year);
    // An answer naming a question added after the cached read: read once more.
    if (input.answers.some((answer) => !current?.questions.has(answer.questionId.toLowerCase()))) {
      current = (await this.questionnaires.get(input.year, { fresh: true })) ?? current;
    }
    const checked = checkBallot(countyCode, input.answers, current.questions);
    if (!checked.ok) {
      if (checked.reason === 'other-county') {
        throw new DomainError(ErrorCode.NOT_ELIGIBLE, `You vote in county ${countyCode}: ${checked.problem.message}.`, { field: checked.problem.field });
      }
      throw inputProblemError(checked.problem);
    }
    const receipt = await this.box.cast({
      questionnaireId: current.questionnaire.id,
      accountId,
      countyCode,
      channel,
      answers: checked.answers,
      questions: current.questionList,
    });
    return { year: input.year, receipt, countyCode, county: { code: countyCode }, channel: input.channel, questionsAnswered: checked.questionsAnswered };
  }

  /** The county the ballot counts in, by channel; NOT_ELIGIBLE when the voter has none. */
  private async countyOf(accountId: string, channel: BallotChannel, year: number): Promise<string> {
    const manager = this.dataSource.manager;
    switch (channel) {
      case 'online': {
        const resident = await this.eligibility.eligibleJurisdiction(manager, accountId);
        if (resident === null) throw new DomainError(ErrorCode.NOT_ELIGIBLE, 'Online voting is for verified residents: verify your residency first.');
        return resident;
      }
      case 'in-room':
        return this.meetingVoters.countyOf(manager, accountId, year, 'Voting in the room');
    }
  }
}
