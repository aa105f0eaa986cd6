import type { Provider } from '@nestjs/common';

// The deadlines area's providers and resolvers, composed by ResolutionsFeatureModule.
export const deadlinesProviders: Provider[] = [];
export const deadlinesResolvers: Provider[] = [];
