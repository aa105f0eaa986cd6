export * from './lib/assemblies-feature.module';
export { seedAssembliesDemo } from './lib/seed';
export { MeetingsModule, MeetingVotingRightsService } from './lib/meetings';
export { SeatsModule, seedSeatsDemo } from './lib/seats';
export { BodiesModule, BodyMembershipService, seedBodiesDemo } from './lib/bodies';
export { ElectionsModule } from './lib/elections';
