import type { Provider } from '@nestjs/common';

// The comments area's providers and resolvers, composed by ResolutionsFeatureModule.
export const commentsProviders: Provider[] = [];
export const commentsResolvers: Provider[] = [];
