export * from './lib/voting-feature.module';
