import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class RegisterInput {
  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field({ description: 'At least 12 characters.' })
  password!: string;

  @Field(() => String, { nullable: true, description: 'The county you live in (self-declared; staff verify it later).' })
  jurisdictionCode?: string | null;
}

@InputType()
export class SignInInput {
  @Field()
  email!: string;

  @Field()
  password!: string;
}
