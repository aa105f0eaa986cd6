export * from './lib/identity-feature.options';
export * from './lib/identity-feature.module';
export { SIGNING_ALGORITHM, SigningKeyStore } from './lib/keys';
export { seedIdentityDemo } from './lib/seed';
export { SignInThrottle } from './lib/sessions';
