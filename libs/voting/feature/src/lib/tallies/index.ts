export * from './tallies.module';
export * from './choice-count.type';
export * from './tally.enums';
export { LiveResults } from './live-results.service';
export { PublishedResults, type PublicCountOf } from './published-results.service';
export { RecountResolver } from './recount.resolver';
