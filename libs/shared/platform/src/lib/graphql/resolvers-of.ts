import type { DynamicModule, Provider, Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants';
import { RESOLVER_TYPE_METADATA } from '@nestjs/graphql';

type ModuleRef = Type | DynamicModule;

/**
 * Every GraphQL resolver class a module provides, and those of the modules it imports (static
 * or dynamic), each once, in the order the modules are imported. A subgraph's SDL is printed
 * from its resolvers alone (tools/schema), so each feature library exports this list read
 * from its feature module: what the app serves and what the schema says cannot drift apart.
 */
export function resolversOf(root: ModuleRef): Type[] {
  const resolvers: Type[] = [];
  const seenModules = new Set<unknown>();
  const visit = (module: unknown): void => {
    if (!module || seenModules.has(module)) return;
    seenModules.add(module);
    const dynamic = typeof module === 'object' && 'module' in module ? (module as DynamicModule) : undefined;
    const type = dynamic ? dynamic.module : module;
    const providers: Provider[] = [...(Reflect.getMetadata(MODULE_METADATA.PROVIDERS, type) ?? []), ...(dynamic?.providers ?? [])];
    for (const provider of providers) {
      if (typeof provider === 'function' && Reflect.hasMetadata(RESOLVER_TYPE_METADATA, provider) && !resolvers.includes(provider)) resolvers.push(provider);
    }
    const imports: unknown[] = [...(Reflect.getMetadata(MODULE_METADATA.IMPORTS, type) ?? []), ...(dynamic?.imports ?? [])];
    for (const imported of imports) visit(imported);
  };
  visit(root);
  return resolvers;
}
