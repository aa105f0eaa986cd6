export * from './lib/residency-facts';
