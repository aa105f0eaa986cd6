import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Public, type Connection } from '@civic/platform';
import { ResolutionType } from '../resolutions';
import { ResolutionConnection } from './resolution-connection.type';
import { ResolutionsArgs } from './resolution-filter.input';
import { ResolutionProvenanceService } from './resolution-provenance.service';
import { ResolutionReader } from './resolution-reader.service';
import { ResolutionProvenanceType } from './transition-step.type';

/** The public record: one resolution, the filtered list, and a resolution's whole path. */
@Public()
@Resolver(() => ResolutionType)
export class ResolutionRecordsResolver {
  constructor(
    private readonly reader: ResolutionReader,
    private readonly provenanceService: ResolutionProvenanceService,
  ) {}

  @Query(() => ResolutionType, { description: 'A resolution by id or by public number (give exactly one); NOT_FOUND when there is none.' })
  resolution(
    @Args('id', { type: () => ID, nullable: true }) id?: string | null,
    @Args('number', { type: () => String, nullable: true }) number?: string | null,
  ): Promise<ResolutionType> {
    return this.reader.one(id, number);
  }

  @Query(() => ResolutionConnection, { description: 'Resolutions by number, filtered.' })
  resolutions(@Args() args: ResolutionsArgs): Promise<Connection<ResolutionType>> {
    return this.reader.page(args.filter, args);
  }

  @Query(() => ResolutionProvenanceType, {
    description:
      "A resolution's whole path across the years: every step with who, when, why and the votes behind it, including the steps of the resolutions merged into it.",
  })
  resolutionProvenance(@Args('id', { type: () => ID }) id: string): Promise<ResolutionProvenanceType> {
    return this.provenanceService.provenance(id);
  }
}
