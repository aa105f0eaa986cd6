export * from './pipeline.types';
export * from './wisconsin-pipeline';
export * from './validate-pipeline';
export * from './decide-transition';
export * from './automation';
export * from './validate-automation';
