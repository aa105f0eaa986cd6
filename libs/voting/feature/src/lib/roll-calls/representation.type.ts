import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AccountReference } from '../accounts';
import { JurisdictionReference } from '../jurisdictions';
import { QuestionnaireQuestionType } from '../questionnaires';
import { PublicPosition, RollCallChoice } from './roll-call.enums';

@ObjectType('AgreementRate', {
  description: 'How often votes matched the majority of the county the voter represents: only yes / no votes where the county had a majority count.',
})
export class AgreementRateType {
  @Field(() => Int, { description: 'Votes compared: yes or no, from a county whose public had more of one than the other.' })
  compared!: number;

  @Field(() => Int)
  agreeing!: number;

  @Field(() => Float, { nullable: true, description: 'agreeing / compared; null when nothing could be compared.' })
  rate!: number | null;
}

@ObjectType('DelegateRepresentation', { description: "A member's roll-call vote beside what the public of their own county answered on the same question." })
export class DelegateRepresentationType {
  @Field(() => AccountReference)
  account!: AccountReference;

  @Field()
  displayName!: string;

  @Field(() => String, { nullable: true })
  countyCode!: string | null;

  @Field(() => JurisdictionReference, { nullable: true })
  county!: JurisdictionReference | null;

  @Field(() => RollCallChoice, { nullable: true, description: 'Null when the member did not vote.' })
  choice!: RollCallChoice | null;

  @Field({ description: 'The member declared a conflict of interest (and so did not vote).' })
  conflict!: boolean;

  @Field(() => Int, {
    description:
      "The county's public yes votes on the question as questionResults shows them (published snapshots while voting is open); 0 without results or while the county is below the publication threshold.",
  })
  countyYes!: number;

  @Field(() => Int)
  countyNo!: number;

  @Field(() => Int)
  countyAbstain!: number;

  @Field(() => PublicPosition, { nullable: true, description: "The county's majority; null on a tie or without votes." })
  countyMajority!: PublicPosition | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: voted as the county’s majority; false: against it; null: nothing to compare (no yes/no vote, or no majority).',
  })
  agrees!: boolean | null;
}

@ObjectType('RollCallRepresentation', { description: "A roll call on a questionnaire question, each member's vote beside their county's public result." })
export class RollCallRepresentationType {
  @Field(() => ID)
  rollCallId!: string;

  @Field()
  title!: string;

  @Field()
  bodyCode!: string;

  @Field(() => QuestionnaireQuestionType)
  question!: QuestionnaireQuestionType;

  @Field({ description: "True when the public's result is certified; false: compared with the live count so far." })
  publicResultCertified!: boolean;

  @Field(() => [DelegateRepresentationType], { description: 'By county, seat and name.' })
  delegates!: DelegateRepresentationType[];

  @Field(() => AgreementRateType, { description: 'The whole roll call.' })
  agreement!: AgreementRateType;
}

@ObjectType('MemberRepresentation', { description: "One member's agreement with their county over a body's roll calls." })
export class MemberRepresentationType {
  @Field(() => AccountReference)
  account!: AccountReference;

  @Field()
  displayName!: string;

  @Field(() => String, { nullable: true })
  countyCode!: string | null;

  @Field(() => AgreementRateType)
  agreement!: AgreementRateType;
}

@ObjectType('RollCallAgreement', { description: "One roll call's agreement with the public, in a body's representation." })
export class RollCallAgreementType {
  @Field(() => ID)
  rollCallId!: string;

  @Field()
  title!: string;

  @Field(() => ID)
  questionId!: string;

  @Field()
  publicResultCertified!: boolean;

  @Field(() => AgreementRateType)
  agreement!: AgreementRateType;
}

@ObjectType('BodyRepresentation', {
  description:
    "How a body's members voted against the public they represent in a congress year: over its closed roll calls linked to a questionnaire question.",
})
export class BodyRepresentationType {
  @Field()
  bodyCode!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => AgreementRateType, { description: "The share of all the members' compared votes that matched their county's majority." })
  agreement!: AgreementRateType;

  @Field(() => [RollCallAgreementType], { description: 'The roll calls counted, newest first.' })
  rollCalls!: RollCallAgreementType[];

  @Field(() => [MemberRepresentationType], { description: 'Each member who sat on any of them, by county and name.' })
  members!: MemberRepresentationType[];
}
