export * from './ballots.module';
export * from './ballot.enums';
export { BallotBoxService } from './ballot-box.service';
export { BallotQuestionnaires } from './ballot-questionnaires.service';
export { BallotResolver } from './ballot.resolver';
export { MeetingVoterService } from './meeting-voter.service';
