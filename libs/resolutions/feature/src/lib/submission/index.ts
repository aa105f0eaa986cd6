import type { Provider } from '@nestjs/common';

// The submission area's providers and resolvers, composed by ResolutionsFeatureModule.
export const submissionProviders: Provider[] = [];
export const submissionResolvers: Provider[] = [];
