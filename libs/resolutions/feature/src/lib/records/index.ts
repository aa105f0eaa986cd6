import type { Provider } from '@nestjs/common';

// The records area's providers and resolvers, composed by ResolutionsFeatureModule.
export const recordsProviders: Provider[] = [];
export const recordsResolvers: Provider[] = [];
