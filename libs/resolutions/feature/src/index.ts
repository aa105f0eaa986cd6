export * from './lib/resolutions-feature.module';
export * from './lib/resolutions-feature.options';
export * from './lib/seed';
