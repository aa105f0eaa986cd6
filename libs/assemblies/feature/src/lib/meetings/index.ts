export { MeetingsModule } from './meetings.module';
export { MeetingVotingRightsService } from './meeting-voting-rights.service';
export { CountyMeeting } from './county-meeting.type';
