import { Module } from '@nestjs/common';
import { BallotBoxRepository, BallotRepository } from '@civic/voting-data-access';
import { EligibilityModule } from '../eligibility';
import { QuestionnairesModule } from '../questionnaires';
import { BallotBoxService } from './ballot-box.service';
import { BallotBulletinService } from './ballot-bulletin.service';
import { BallotQuestionnaires } from './ballot-questionnaires.service';
import { BallotResolver } from './ballot.resolver';
import { CastBallotService } from './cast-ballot.service';
import { MeetingVoterService } from './meeting-voter.service';

/** Secret ballots: cast online or in the room, written by the ballot box, and the public bulletin of receipts; who votes at a county meeting. */
@Module({
  imports: [EligibilityModule, QuestionnairesModule],
  providers: [
    BallotBoxRepository,
    BallotRepository,
    BallotQuestionnaires,
    BallotBoxService,
    MeetingVoterService,
    CastBallotService,
    BallotBulletinService,
    BallotResolver,
  ],
  exports: [BallotRepository, BallotBoxRepository, MeetingVoterService],
})
export class BallotsModule {}
