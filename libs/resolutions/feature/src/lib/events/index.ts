import type { Provider } from '@nestjs/common';

// The events area's providers and resolvers, composed by ResolutionsFeatureModule.
export const eventsProviders: Provider[] = [];
export const eventsResolvers: Provider[] = [];
