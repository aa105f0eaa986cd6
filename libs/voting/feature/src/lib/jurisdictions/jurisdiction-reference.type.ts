import { Directive, Field, ObjectType } from '@nestjs/graphql';

/** A jurisdiction owned by the assemblies subgraph; voting only names it by code. */
@ObjectType('Jurisdiction')
@Directive('@key(fields: "code", resolvable: false)')
export class JurisdictionReference {
  @Field()
  code!: string;
}
