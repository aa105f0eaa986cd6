import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, RequireRoles, type AuthenticatedUser } from '@civic/platform';
import { ResolutionType, toResolutionType } from '../resolutions';
import { BulkTransitionService } from './bulk-transition.service';
import { BulkTransitionItemType } from './bulk-transition.type';
import { BulkTransitionResolutionsInput, TransitionResolutionInput } from './transition.input';
import { TransitionResolutionService } from './transition-resolution.service';

/** Moving resolutions along their pipeline: the pipeline itself decides who may take each transition. */
@Resolver()
export class WorkflowResolver {
  constructor(
    private readonly transitions: TransitionResolutionService,
    private readonly bulk: BulkTransitionService,
  ) {}

  @Authenticated()
  @Mutation(() => ResolutionType, {
    description:
      'Takes a transition of the resolution’s pipeline (signed-in: staff, members of the referred committee, the author — the pipeline decides who). ' +
      'Refused with FORBIDDEN, TRANSITION_NOT_IN_PIPELINE, CONDITION_NOT_MET, CONFLICT_OF_INTEREST_DECLARED, BAD_USER_INPUT or CONFLICT (a stale expectedVersion, a concurrent change); a refusal changes nothing.',
  })
  async transitionResolution(@CurrentUser() user: AuthenticatedUser, @Args('input') input: TransitionResolutionInput): Promise<ResolutionType> {
    const { motionId, vote, ...command } = input;
    const row = await this.transitions.transition(
      { kind: 'person', user },
      { ...command, vote: vote ? { yes: vote.yes, no: vote.no, abstain: vote.abstain } : null, ...(motionId ? { linked: { motionId } } : {}) },
    );
    return toResolutionType(row);
  }

  @RequireRoles('staff', 'admin')
  @Mutation(() => [BulkTransitionItemType], {
    description: 'Takes one transition on up to 200 resolutions (staff), each on its own: one refusal does not hold back the rest.',
  })
  bulkTransitionResolutions(@CurrentUser() user: AuthenticatedUser, @Args('input') input: BulkTransitionResolutionsInput): Promise<BulkTransitionItemType[]> {
    return this.bulk.transitionAll(user, input);
  }
}
