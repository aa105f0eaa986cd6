import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class IssueVoterCodeInput {
  @Field({ description: 'The roll entry’s voter id, as in the imported voter roll.' })
  voterId!: string;
}

@InputType()
export class ClaimVoterCodeInput {
  @Field({ description: 'Your voter id, printed beside the code.' })
  voterId!: string;

  @Field({ description: 'The 16-character code (dashes, spaces and case do not matter).' })
  code!: string;
}
