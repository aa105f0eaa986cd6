import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CommentOnResolutionInput {
  @Field(() => ID)
  resolutionId!: string;

  @Field({ description: '1–2,000 characters.' })
  body!: string;
}

@InputType()
export class HideResolutionCommentInput {
  @Field(() => ID)
  commentId!: string;

  @Field({ description: 'Why it is hidden; published in its place.' })
  reason!: string;
}
