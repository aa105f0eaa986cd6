import type { Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants';
import { RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { VotingFeatureModule, votingResolvers } from './voting-feature.module';

/** The resolvers registered by a module and the modules it imports, however deep. */
function resolversOf(module: unknown, seen = new Set<unknown>()): Type[] {
  if (typeof module !== 'function' || seen.has(module)) return [];
  seen.add(module);
  const providers: unknown[] = Reflect.getMetadata(MODULE_METADATA.PROVIDERS, module) ?? [];
  const imports: unknown[] = Reflect.getMetadata(MODULE_METADATA.IMPORTS, module) ?? [];
  const resolvers = providers.filter((provider): provider is Type => typeof provider === 'function' && Reflect.hasMetadata(RESOLVER_TYPE_METADATA, provider));
  return [...resolvers, ...imports.flatMap((imported) => resolversOf(imported, seen))];
}

describe('votingResolvers', () => {
  it('lists every resolver the area modules register, once, and nothing else', () => {
    const names = (resolvers: readonly unknown[]) => resolvers.map((resolver) => (resolver as Type).name).sort();
    expect(names(votingResolvers)).toEqual(names(resolversOf(VotingFeatureModule)));
    expect(new Set(votingResolvers).size).toBe(votingResolvers.length);
  });
});
