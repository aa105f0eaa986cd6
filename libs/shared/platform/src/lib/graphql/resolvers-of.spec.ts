import 'reflect-metadata';
import { Injectable, Module, type DynamicModule } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { resolversOf } from './resolvers-of';

@Resolver()
class SeatsResolver {
  @Query(() => String)
  seats(): string {
    return '';
  }
}

@Resolver()
class MeetingsResolver {
  @Query(() => String)
  meetings(): string {
    return '';
  }
}

@Resolver()
class RulesResolver {
  @Query(() => String)
  rules(): string {
    return '';
  }
}

@Injectable()
class SeatsService {}

@Module({ providers: [SeatsService, SeatsResolver], exports: [SeatsService] })
class SeatsModule {}

@Module({ imports: [SeatsModule], providers: [MeetingsResolver] })
class MeetingsModule {}

@Module({})
class RulesModule {
  static register(): DynamicModule {
    return { module: RulesModule, imports: [SeatsModule], providers: [{ provide: 'OPTIONS', useValue: {} }, RulesResolver] };
  }
}

@Module({ imports: [MeetingsModule, SeatsModule, RulesModule.register()] })
class FeatureModule {}

describe('resolversOf', () => {
  it('finds the resolvers of a module and of every module it imports, static or dynamic, once each in import order', () => {
    expect(resolversOf(FeatureModule)).toEqual([MeetingsResolver, SeatsResolver, RulesResolver]);
  });

  it('leaves out providers that are not resolvers', () => {
    expect(resolversOf(SeatsModule)).toEqual([SeatsResolver]);
  });

  it('reads a dynamic module given directly', () => {
    expect(resolversOf(RulesModule.register())).toEqual([RulesResolver, SeatsResolver]);
  });
});
