export * from './lib/voting-feature.module';
export * from './lib/seed';
