import { Directive, Field, ObjectType } from '@nestjs/graphql';

/** A reference to a jurisdiction owned by the assemblies service; the gateway resolves the rest. */
@ObjectType('Jurisdiction')
@Directive('@key(fields: "code", resolvable: false)')
export class JurisdictionReference {
  @Field()
  code!: string;
}
