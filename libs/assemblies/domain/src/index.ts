export * from './lib/jurisdiction-tree';
