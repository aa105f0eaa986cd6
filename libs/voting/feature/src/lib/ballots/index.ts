import { BallotBoxRepository, BallotRepository } from '@civic/voting-data-access';
import { BallotBoxService } from './ballot-box.service';
import { BallotBulletinService } from './ballot-bulletin.service';
import { BallotQuestionnaires } from './ballot-questionnaires.service';
import { BallotResolver } from './ballot.resolver';
import { CastBallotService } from './cast-ballot.service';

export const ballotResolvers = [BallotResolver];

export const ballotProviders = [BallotBoxRepository, BallotRepository, BallotQuestionnaires, BallotBoxService, CastBallotService, BallotBulletinService];
