import { Module } from '@nestjs/common';
import { JurisdictionRepository } from '@civic/assemblies-data-access';
import { CongressResolver } from './congress.resolver';
import { JurisdictionReader } from './jurisdiction-reader.service';
import { JurisdictionResolver } from './jurisdiction.resolver';

/** The congress, its tiers and its jurisdiction tree: public reads (staff edits are configuration's). */
@Module({
  providers: [JurisdictionRepository, JurisdictionReader, CongressResolver, JurisdictionResolver],
})
export class JurisdictionsModule {}
