export * from './jurisdiction-tree';
