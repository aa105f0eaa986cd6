import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@civic/platform';

@ObjectType('ResolutionComment', {
  description: 'A public comment on a resolution. Never deleted: a hidden comment keeps its author, time and the reason it was hidden, but not its body.',
})
export class ResolutionCommentType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  resolutionId!: string;

  @Field()
  authorName!: string;

  @Field(() => String, { nullable: true, description: 'Null once hidden.' })
  body!: string | null;

  @Field({ description: 'The stage the resolution was in when the comment was made.' })
  stage!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field()
  hidden!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  hiddenAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why staff hid it (public).' })
  hiddenReason!: string | null;
}

@ObjectType()
export class ResolutionCommentConnection extends ConnectionType(ResolutionCommentType, 'ResolutionComment') {}
