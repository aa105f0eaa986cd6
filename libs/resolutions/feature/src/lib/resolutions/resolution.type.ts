import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ResolutionEntity } from '@civic/resolutions-data-access';
import { JurisdictionReference } from './jurisdiction-reference.type';
import { ResolutionKindValue } from './resolution.enums';

/**
 * A citizen resolution as the public sees it. Everything here is public: the critics of
 * the process asked for every step to be visible. Areas add fields with @ResolveField
 * (versions, provenance, comments, results).
 */
@ObjectType('Resolution', { description: 'A citizen resolution and where it stands in its pipeline.' })
export class ResolutionType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Public number, e.g. "2027-0014".' })
  number!: string;

  @Field(() => ID, { description: 'The same resolution across counties and years (the 3:2 rule counts per family).' })
  familyId!: string;

  @Field()
  title!: string;

  @Field({ description: 'The current text (see `versions` for every edit).' })
  text!: string;

  @Field(() => Int, { description: 'The current text version (1 = as submitted).' })
  textVersion!: number;

  @Field(() => ResolutionKindValue)
  kind!: ResolutionKindValue;

  @Field()
  topic!: string;

  @Field()
  authorName!: string;

  @Field({ description: 'Who presents it at the county assembly (the author or a designee).' })
  presenterName!: string;

  @Field({ description: 'The county whose assembly it is introduced at.' })
  countyCode!: string;

  @Field(() => JurisdictionReference)
  county!: JurisdictionReference;

  @Field(() => Int)
  submittedYear!: number;

  @Field(() => Int, { description: 'The congress year whose cycle it is in now (carry-over moves it on).' })
  cycleYear!: number;

  @Field(() => Int, { description: 'The pipeline version it follows (the one it entered with).' })
  pipelineVersion!: number;

  @Field({ description: "The current stage's code in its pipeline." })
  stage!: string;

  @Field()
  stageEnteredAt!: Date;

  @Field(() => String, { nullable: true, description: 'The committee it is referred to (an assemblies body code).' })
  committeeCode!: string | null;

  @Field(() => Date, { nullable: true, description: "When the current stage's deadline passes." })
  deadlineAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Set when a deadline passed (a committee that did not decide, an overdue board response).' })
  flaggedAt!: Date | null;

  @Field(() => String, { nullable: true })
  flagReason!: string | null;

  @Field(() => String, { nullable: true, description: 'The advisory question drafted from it, once there is one.' })
  questionText!: string | null;

  @Field(() => ID, { nullable: true, description: 'The resolution it was merged into.' })
  mergedIntoId!: string | null;

  @Field(() => Int, { description: 'Increases with every change; pass it back as `expectedVersion` to guard against lost updates.' })
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

export function toResolutionType(row: ResolutionEntity): ResolutionType {
  return {
    id: row.id,
    number: row.number,
    familyId: row.familyId,
    title: row.title,
    text: row.text,
    textVersion: row.textVersion,
    kind: row.kind as ResolutionKindValue,
    topic: row.topic,
    authorName: row.authorName,
    presenterName: row.presenterName,
    countyCode: row.countyCode,
    county: { code: row.countyCode },
    submittedYear: row.submittedYear,
    cycleYear: row.cycleYear,
    pipelineVersion: row.pipelineVersion,
    stage: row.stage,
    stageEnteredAt: row.stageEnteredAt,
    committeeCode: row.committeeCode,
    deadlineAt: row.deadlineAt,
    flaggedAt: row.flaggedAt,
    flagReason: row.flagReason,
    questionText: row.questionText,
    mergedIntoId: row.mergedIntoId,
    version: row.rowVersion,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
