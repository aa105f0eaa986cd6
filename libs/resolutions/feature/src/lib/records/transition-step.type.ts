import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActorKindValue, ResolutionType } from '../resolutions';
import { CountyResultType, StatewideResultType } from './resolution-results.type';

@ObjectType('RecordedVote', { description: "A deciding body's recorded vote." })
export class RecordedVoteType {
  @Field(() => Int)
  yes!: number;

  @Field(() => Int)
  no!: number;

  @Field(() => Int)
  abstain!: number;
}

@ObjectType('TransitionLinks', { description: 'The votes and records behind a step.' })
export class TransitionLinksType {
  @Field(() => ID, { nullable: true, description: 'The county vote that moved it (see `countyResult`).' })
  countyResultId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The statewide vote that moved it (see `statewideResult`).' })
  statewideResultId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The assemblies body motion whose recorded vote the decision follows.' })
  motionId!: string | null;

  @Field(() => ID, { nullable: true, description: 'A merge: the resolution it was merged into.' })
  mergedIntoId!: string | null;

  @Field(() => String, { nullable: true, description: 'A merge: the public number of the resolution it was merged into.' })
  mergedIntoNumber!: string | null;

  @Field(() => [ID], { description: 'A merge into this resolution: the originals.' })
  mergedFromIds!: string[];

  @Field(() => [String], { description: 'A merge into this resolution: the public numbers of the originals.' })
  mergedFromNumbers!: string[];

  @Field(() => Int, { nullable: true, description: 'A carry-over: the congress year it left.' })
  fromCycleYear!: number | null;

  @Field(() => [String], { description: 'The 3:2 rule: the counties (FIPS codes) that passed it two years running.' })
  counties!: string[];
}

/** One public step of a resolution along its pipeline: who, when, why, and the votes behind it. */
@ObjectType('TransitionStep', { description: 'One step of a resolution along its pipeline: who took it, when, why, and the votes behind it.' })
export class TransitionStepType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  resolutionId!: string;

  @Field(() => Int, { description: "The step's place in its resolution's path (1 = submission)." })
  sequence!: number;

  @Field({ description: 'The transition code, e.g. "committee-advance".' })
  transition!: string;

  @Field()
  transitionName!: string;

  @Field(() => String, { nullable: true, description: 'Null for the first step.' })
  fromStage!: string | null;

  @Field(() => String, { nullable: true })
  fromStageName!: string | null;

  @Field()
  toStage!: string;

  @Field()
  toStageName!: string;

  @Field(() => Int, { description: 'The congress year whose cycle it was in.' })
  cycleYear!: number;

  @Field(() => Int)
  pipelineVersion!: number;

  @Field(() => ActorKindValue)
  actorKind!: ActorKindValue;

  @Field({ description: 'Who took it: a name, or the rule the platform applied.' })
  actorName!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => String, { nullable: true, description: 'The published reason (a rejection, a committee decision, a merge).' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: "Public notes (the agency's review, the board's response)." })
  notes!: string | null;

  @Field(() => RecordedVoteType, { nullable: true })
  vote!: RecordedVoteType | null;

  @Field(() => String, { nullable: true })
  minorityReport!: string | null;

  @Field(() => TransitionLinksType)
  links!: TransitionLinksType;

  @Field(() => CountyResultType, { nullable: true, description: 'The linked county vote.' })
  countyResult!: CountyResultType | null;

  @Field(() => StatewideResultType, { nullable: true, description: 'The linked statewide vote.' })
  statewideResult!: StatewideResultType | null;
}

@ObjectType('ProvenanceStep', { description: 'A step of a resolution, or of one merged into it, in its whole path across the years.' })
export class ProvenanceStepType extends TransitionStepType {
  @Field({ description: 'The public number of the resolution that took the step.' })
  resolutionNumber!: string;
}

@ObjectType('ResolutionProvenance', { description: "A resolution's whole path across the years, with the paths of the resolutions merged into it." })
export class ResolutionProvenanceType {
  @Field(() => ResolutionType)
  resolution!: ResolutionType;

  @Field(() => [ProvenanceStepType], { description: 'Every step, oldest first.' })
  steps!: ProvenanceStepType[];
}
