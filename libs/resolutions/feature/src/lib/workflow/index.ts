import type { Provider } from '@nestjs/common';

// The workflow area's providers and resolvers, composed by ResolutionsFeatureModule.
export const workflowProviders: Provider[] = [];
export const workflowResolvers: Provider[] = [];
