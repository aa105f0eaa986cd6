import { Field, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'New names for one level of the jurisdiction tree.' })
export class RenameTierInput {
  @Field(() => Int, { description: '0 for the whole region; each level below adds one.' })
  level!: number;

  @Field({ description: 'e.g. "Parish".' })
  name!: string;

  @Field({ description: 'e.g. "Parishes".' })
  pluralName!: string;

  @Field({ description: 'Why the change is made; recorded in the history.' })
  reason!: string;
}

@InputType({ description: 'A new jurisdiction, one tier below its parent. Its tier’s seats (from the seat plan) are created vacant.' })
export class AddJurisdictionInput {
  @Field({ description: 'Stable public code (FIPS for US counties): 1–32 letters, digits, ".", "_" or "-". It never changes.' })
  code!: string;

  @Field()
  name!: string;

  @Field({ description: 'The code of the parent; the new jurisdiction is one tier below it.' })
  parentCode!: string;

  @Field(() => Int, { nullable: true })
  population?: number | null;

  @Field(() => String, { nullable: true, description: 'Where the assembly usually meets (for counties, the county seat).' })
  seat?: string | null;

  @Field({ description: 'Why the change is made; recorded in the history.' })
  reason!: string;
}

@InputType({ description: 'Changes to a jurisdiction; omitted fields stay as they are. The code never changes.' })
export class UpdateJurisdictionInput {
  @Field({ description: 'The jurisdiction to change.' })
  code!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Int, { nullable: true, description: 'Null clears it.' })
  population?: number | null;

  @Field(() => String, { nullable: true, description: 'Null clears it.' })
  seat?: string | null;

  @Field(() => String, { nullable: true, description: 'Move under another parent of the same tier as the current one.' })
  parentCode?: string | null;

  @Field({ description: 'Why the change is made; recorded in the history.' })
  reason!: string;
}

@InputType()
export class RemoveJurisdictionInput {
  @Field()
  code!: string;

  @Field({ description: 'Why the change is made; recorded in the history.' })
  reason!: string;
}
