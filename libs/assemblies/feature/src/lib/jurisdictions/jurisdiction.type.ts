import { Directive, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@civic/platform';

@ObjectType({ description: 'A level of the jurisdiction tree (for Wisconsin: State, District, County).' })
export class Tier {
  @Field(() => Int, { description: '0 for the whole region; each level below adds one.' })
  level!: number;

  @Field()
  name!: string;

  @Field()
  pluralName!: string;
}

@ObjectType({ description: 'A region, district or county: any area of the congress with its own assembly or delegates.' })
@Directive('@key(fields: "code")')
export class Jurisdiction {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Stable public code (the 5-digit FIPS code for US counties).' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  tierLevel!: number;

  @Field(() => Int, { nullable: true, description: 'Resident population used for per-capita analytics.' })
  population!: number | null;

  @Field(() => String, { nullable: true, description: 'Where the assembly usually meets (for counties, the county seat).' })
  seat!: string | null;

  /** Not exposed: resolved into `parent`. */
  parentId!: string | null;
  congressId!: string;
}

@ObjectType()
export class JurisdictionConnection extends ConnectionType(Jurisdiction, 'Jurisdiction') {}

@ObjectType({ description: 'The federated congress: its names and its jurisdiction tree.' })
export class Congress {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field()
  shortName!: string;

  @Field({ description: 'IANA time zone of the congress calendar.' })
  timeZone!: string;
}
