import { Module, type Provider, type Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants';
import { RESOLVER_NAME_METADATA } from '@nestjs/graphql';
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

/**
 * Every resolver of the subgraph, read from the area modules' providers: the schema
 * generator (tools/schema) prints the SDL from these classes alone.
 */
export const assembliesResolvers: Provider[] = areaModules.flatMap((area) =>
  ((Reflect.getMetadata(MODULE_METADATA.PROVIDERS, area) ?? []) as Provider[]).filter(
    (provider): provider is Type => typeof provider === 'function' && Reflect.hasMetadata(RESOLVER_NAME_METADATA, provider),
  ),
);
