export * from './lib/voting-feature.module';
export { seedVotingDemo, type VotingDemoOptions } from './lib/seed/voting-demo.seed';
