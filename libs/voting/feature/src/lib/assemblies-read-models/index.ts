export * from './assemblies-read-models.module';
