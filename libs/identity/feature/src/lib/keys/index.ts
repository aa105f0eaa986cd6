export { KeysModule } from './keys.module';
export { SIGNING_ALGORITHM, SigningKeyStore } from './signing-key.store';
