export * from './lib/resolutions.datasource';
