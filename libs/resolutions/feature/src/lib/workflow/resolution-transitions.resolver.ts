import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, type AuthenticatedUser } from '@civic/platform';
import { ResolutionType } from '../resolutions';
import { AvailableTransitionsService } from './available-transitions.service';
import { PipelineTransitionType, toTransitionType } from './pipeline.type';

@Resolver(() => ResolutionType)
export class ResolutionTransitionsResolver {
  constructor(private readonly available: AvailableTransitionsService) {}

  @Authenticated()
  @ResolveField(() => [PipelineTransitionType], {
    description: 'The transitions the signed-in caller may take on it now (given the inputs each requires).',
  })
  async availableTransitions(@CurrentUser() user: AuthenticatedUser, @Parent() resolution: ResolutionType): Promise<PipelineTransitionType[]> {
    return (await this.available.forUser(user, resolution.id)).map(toTransitionType);
  }
}
