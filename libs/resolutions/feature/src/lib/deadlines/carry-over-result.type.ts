import { Field, ObjectType } from '@nestjs/graphql';
import { ResolutionType } from '../resolutions';

@ObjectType('CarryOverResult', { description: 'What a roll-over into the next congress year carried over.' })
export class CarryOverResultType {
  @Field(() => [ResolutionType], { description: 'The resolutions moved into the next cycle (empty when a roll-over already ran).' })
  carriedOver!: ResolutionType[];
}
