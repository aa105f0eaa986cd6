export * from './eligibility.module';
export { AccountEligibilityResolver } from './account-eligibility.resolver';
export { EligibilityResolver } from './eligibility.resolver';
