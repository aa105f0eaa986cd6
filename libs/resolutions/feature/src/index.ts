export * from './lib/resolutions-feature.module';
