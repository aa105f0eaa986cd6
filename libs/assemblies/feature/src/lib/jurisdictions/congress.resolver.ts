import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '@civic/platform';
import type { CongressEntity, JurisdictionEntity } from '@civic/assemblies-data-access';
import { JurisdictionReader } from './jurisdiction-reader.service';
import { Congress, Jurisdiction, Tier } from './jurisdiction.type';

@Public()
@Resolver(() => Congress)
export class CongressResolver {
  constructor(private readonly reader: JurisdictionReader) {}

  @Query(() => Congress, { description: 'The congress this platform runs.' })
  congress(): Promise<CongressEntity> {
    return this.reader.defaultCongress();
  }

  @ResolveField(() => [Tier], { description: 'The levels of the jurisdiction tree, from the whole region down.' })
  tiers(@Parent() congress: CongressEntity): Promise<Tier[]> {
    return this.reader.tiers(congress.id);
  }

  @ResolveField(() => Jurisdiction, { nullable: true, description: 'The whole region (tier 0).' })
  region(@Parent() congress: CongressEntity): Promise<JurisdictionEntity | null> {
    return this.reader.root(congress.id);
  }
}
