export * from './lib/identity-feature.options';
export * from './lib/identity-feature.module';
export * from './lib/keys/signing-key.store';
export * from './lib/seed/seed-identity-demo';
export * from './lib/sessions/sign-in-throttle.service';
