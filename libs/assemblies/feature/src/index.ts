export * from './lib/assemblies-feature.module';
export * from './lib/seed/assemblies-demo.seed';
