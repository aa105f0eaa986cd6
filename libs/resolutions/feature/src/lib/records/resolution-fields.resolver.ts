import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '@civic/platform';
import { ResolutionType } from '../resolutions';
import { ImplementationReportType } from './implementation-report.type';
import { ResolutionReader } from './resolution-reader.service';
import { CountyResultType, StatewideResultType } from './resolution-results.type';
import { TransitionStepType } from './transition-step.type';

/** The public record's fields of a resolution: its stage's name, lineage, votes, reports and steps. */
@Public()
@Resolver(() => ResolutionType)
export class ResolutionFieldsResolver {
  constructor(private readonly reader: ResolutionReader) {}

  @ResolveField(() => String, { description: "The current stage's name in its pipeline version." })
  stageName(@Parent() resolution: ResolutionType): Promise<string> {
    return this.reader.stageName(resolution);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The current stage's policy phase: agenda-setting, formulation, decision, implementation or monitoring.",
  })
  phase(@Parent() resolution: ResolutionType): Promise<string | null> {
    return this.reader.phase(resolution);
  }

  @ResolveField(() => ResolutionType, { nullable: true, description: 'The resolution it was merged into.' })
  mergedInto(@Parent() resolution: ResolutionType): Promise<ResolutionType | null> {
    return this.reader.mergedInto(resolution);
  }

  @ResolveField(() => [ResolutionType], { description: 'The resolutions merged into it (the originals stay readable).' })
  mergedFrom(@Parent() resolution: ResolutionType): Promise<ResolutionType[]> {
    return this.reader.mergedFrom(resolution);
  }

  @ResolveField(() => [ResolutionType], { description: 'The same resolution in other counties and years (its family), oldest first.' })
  family(@Parent() resolution: ResolutionType): Promise<ResolutionType[]> {
    return this.reader.family(resolution);
  }

  @ResolveField(() => [CountyResultType], { description: 'Its county votes, by year.' })
  countyResults(@Parent() resolution: ResolutionType): Promise<CountyResultType[]> {
    return this.reader.countyResults(resolution);
  }

  @ResolveField(() => StatewideResultType, { nullable: true, description: 'The statewide vote on its advisory question, once certified.' })
  statewideResult(@Parent() resolution: ResolutionType): Promise<StatewideResultType | null> {
    return this.reader.statewideResult(resolution);
  }

  @ResolveField(() => [ImplementationReportType], { description: 'Yearly implementation reports, by year.' })
  implementationReports(@Parent() resolution: ResolutionType): Promise<ImplementationReportType[]> {
    return this.reader.implementationReports(resolution);
  }

  @ResolveField(() => [TransitionStepType], { description: 'Every step of its path, in order: who, when, why, and the votes behind it.' })
  transitions(@Parent() resolution: ResolutionType): Promise<TransitionStepType[]> {
    return this.reader.transitions(resolution);
  }
}
