import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class ImportVoterRollInput {
  @Field({
    description:
      'The CSV text (UTF-8, at most 4 MiB): a header row with voter_id, first_name, last_name, email, jurisdiction_code (any order), then one voter per line.',
  })
  csv!: string;

  @Field(() => String, { nullable: true })
  fileName?: string | null;
}
