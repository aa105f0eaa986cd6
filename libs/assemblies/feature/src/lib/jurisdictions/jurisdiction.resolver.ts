import { Args, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { PageArgs, Public, type Connection } from '@civic/platform';
import type { JurisdictionEntity } from '@civic/assemblies-data-access';
import { JurisdictionReader } from './jurisdiction-reader.service';
import { JurisdictionsArgs } from './jurisdictions.args';
import { Jurisdiction, JurisdictionConnection, Tier } from './jurisdiction.type';

/** The jurisdiction tree is public: anyone may read who is where. */
@Public()
@Resolver(() => Jurisdiction)
export class JurisdictionResolver {
  constructor(private readonly reader: JurisdictionReader) {}

  @Query(() => Jurisdiction, { nullable: true, description: 'A jurisdiction by its code (e.g. "55025" for Dane County).' })
  jurisdiction(@Args('code') code: string): Promise<JurisdictionEntity | null> {
    return this.reader.byCodeOrNull(code);
  }

  @Query(() => JurisdictionConnection, { description: 'Jurisdictions, by name, optionally of one tier or under one parent.' })
  jurisdictions(@Args() args: JurisdictionsArgs): Promise<Connection<JurisdictionEntity>> {
    return this.reader.page({ tierLevel: args.tierLevel, parentCode: args.parentCode }, args);
  }

  @ResolveField(() => Jurisdiction, { nullable: true })
  parent(@Parent() jurisdiction: JurisdictionEntity): Promise<JurisdictionEntity | null> {
    return this.reader.parentOf(jurisdiction);
  }

  @ResolveField(() => JurisdictionConnection)
  children(@Parent() jurisdiction: JurisdictionEntity, @Args() page: PageArgs): Promise<Connection<JurisdictionEntity>> {
    return this.reader.page({ parentCode: jurisdiction.code }, page);
  }

  @ResolveField(() => Tier)
  async tier(@Parent() jurisdiction: JurisdictionEntity): Promise<Tier> {
    const tiers = await this.reader.tiers(jurisdiction.congressId);
    const tier = tiers.find((candidate) => candidate.level === jurisdiction.tierLevel);
    return tier ?? { level: jurisdiction.tierLevel, name: `Tier ${jurisdiction.tierLevel}`, pluralName: `Tier ${jurisdiction.tierLevel}` };
  }

  @ResolveReference()
  resolveReference(reference: { code: string }): Promise<JurisdictionEntity | null> {
    return this.reader.byCodeOrNull(reference.code);
  }
}
