export * from './lib/assemblies-feature.module';
export * from './lib/seed/assemblies-demo.seed';
export * from './lib/meetings/county-meetings.module';
export * from './lib/meetings/meeting-voting-rights.service';
export * from './lib/seats/seats-demo.seed';
export * from './lib/seats/seats.module';
