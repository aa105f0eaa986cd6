import { Module } from '@nestjs/common';
import { JurisdictionRepository } from '@civic/assemblies-data-access';
import { CongressResolver } from './jurisdictions/congress.resolver';
import { JurisdictionReader } from './jurisdictions/jurisdiction-reader.service';
import { JurisdictionResolver } from './jurisdictions/jurisdiction.resolver';

export const assembliesResolvers = [CongressResolver, JurisdictionResolver];

@Module({
  providers: [JurisdictionRepository, JurisdictionReader, ...assembliesResolvers],
})
export class AssembliesFeatureModule {}
