import { Module } from '@nestjs/common';
import { resolversOf } from '@civic/platform';
// Loaded in this order so that the printed schema keeps its order of types.
import { JurisdictionsModule } from './jurisdictions';
import { MeetingsModule } from './meetings';
import { ConfigurationModule } from './configuration';
import { RepresentationModule } from './representation';
import { SeatsModule } from './seats';
import { BodiesModule } from './bodies';
import { ElectionsModule } from './elections';

/** The areas of the assemblies subgraph, each wired by its own module. */
const areaModules = [JurisdictionsModule, MeetingsModule, ConfigurationModule, RepresentationModule, SeatsModule, BodiesModule, ElectionsModule];

/** The assemblies subgraph: the congress, its jurisdictions, seats, county meetings, bodies and elections. */
@Module({
  imports: areaModules,
  exports: [MeetingsModule],
})
export class AssembliesFeatureModule {}

/** Every resolver of the assemblies subgraph, for the schema printer (tools/schema). */
export const assembliesResolvers = resolversOf(AssembliesFeatureModule);
