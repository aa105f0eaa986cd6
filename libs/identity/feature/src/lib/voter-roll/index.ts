export { VoterRollModule } from './voter-roll.module';
export { VoterRollResolver } from './voter-roll.resolver';
