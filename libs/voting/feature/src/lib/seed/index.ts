export { seedVotingDemo, type VotingDemoOptions } from './voting-demo.seed';
