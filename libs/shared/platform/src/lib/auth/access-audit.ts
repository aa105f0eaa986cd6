import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { RESOLVER_NAME_METADATA, RESOLVER_REFERENCE_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { ACCESS_METADATA } from './access.decorator';

/**
 * Refuses to start a service in which a GraphQL resolver method has no declared access
 * rule: forgetting to say who may call a mutation is a start-up error, not a hole.
 */
@Injectable()
export class AccessAudit implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const missing: string[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object' || !wrapper.metatype) continue;
      const classType = instance.constructor;
      const classRule = this.reflector.get(ACCESS_METADATA, classType);
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method];
        if (typeof handler !== 'function') continue;
        const isResolverMethod =
          this.reflector.get(RESOLVER_TYPE_METADATA, handler) !== undefined ||
          this.reflector.get(RESOLVER_NAME_METADATA, handler) !== undefined ||
          this.reflector.get(RESOLVER_REFERENCE_METADATA, handler) !== undefined;
        if (!isResolverMethod) continue;
        if (!classRule && !this.reflector.get(ACCESS_METADATA, handler)) {
          missing.push(`${classType.name}.${method}`);
        }
      }
    }
    if (missing.length > 0) {
      throw new Error(`These resolvers do not declare who may call them (@Public, @Authenticated or @RequireRoles): ${missing.join(', ')}`);
    }
  }
}
