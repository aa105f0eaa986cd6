export * from './lib/residency-facts';
export * from './lib/two-person-rule';
