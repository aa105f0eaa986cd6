import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@civic/platform';
import { BodyRepresentationService } from './body-representation.service';
import { BodyRepresentationType, RollCallRepresentationType } from './representation.type';
import { RollCallRepresentationService } from './roll-call-representation.service';

/** Representation: officials' named votes beside the public's answers, county by county. Public. */
@Public()
@Resolver()
export class RepresentationResolver {
  constructor(
    private readonly rollCalls: RollCallRepresentationService,
    private readonly bodies: BodyRepresentationService,
  ) {}

  @Query(() => RollCallRepresentationType, {
    nullable: true,
    description:
      "Each member's vote on a roll call beside the public's result in their own county on the same questionnaire question (certified, else the live count as " +
      'questionResults shows it: published snapshots while voting is open, a county below the threshold as 0). ' +
      'Null for a roll call not linked to a question.',
  })
  rollCallRepresentation(@Args('rollCallId', { type: () => ID }) rollCallId: string): Promise<RollCallRepresentationType | null> {
    return this.rollCalls.forRollCall(rollCallId);
  }

  @Query(() => BodyRepresentationType, {
    description:
      "A body's agreement rate with the public it represents in a congress year ('convention' for the convention): closed roll calls linked to questions only.",
  })
  bodyRepresentation(@Args('bodyCode') bodyCode: string, @Args('year', { type: () => Int }) year: number): Promise<BodyRepresentationType> {
    return this.bodies.forBody(bodyCode, year);
  }
}
