import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

@ObjectType('ResolutionVersion', { description: "One version of a resolution's title and text; version 1 is as submitted." })
export class ResolutionVersionType {
  @Field(() => ID)
  resolutionId!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  title!: string;

  @Field()
  text!: string;

  @Field({ description: 'Who made this version (the author, or staff).' })
  editorName!: string;

  @Field(() => String, { nullable: true, description: 'Why it changed.' })
  note!: string | null;

  @Field(() => GraphQLISODateTime)
  editedAt!: Date;
}

export enum DiffOpValue {
  EQUAL = 'equal',
  INSERT = 'insert',
  DELETE = 'delete',
}
registerEnumType(DiffOpValue, { name: 'DiffOp', description: 'Whether a piece of text is in both versions, only the later, or only the earlier.' });

@ObjectType('DiffSegment', { description: 'A run of words: joining EQUAL and DELETE gives the earlier text, EQUAL and INSERT the later.' })
export class DiffSegmentType {
  @Field(() => DiffOpValue)
  op!: DiffOpValue;

  @Field()
  text!: string;
}

@ObjectType('ResolutionVersionComparison', { description: 'Two versions of a resolution, and what changed between them word by word.' })
export class ResolutionVersionComparisonType {
  @Field(() => ID)
  resolutionId!: string;

  @Field(() => ResolutionVersionType)
  from!: ResolutionVersionType;

  @Field(() => ResolutionVersionType)
  to!: ResolutionVersionType;

  @Field()
  titleChanged!: boolean;

  @Field(() => [DiffSegmentType])
  titleDiff!: DiffSegmentType[];

  @Field(() => [DiffSegmentType], { description: 'The text, from `from` to `to`.' })
  diff!: DiffSegmentType[];
}
