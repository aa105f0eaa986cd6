export { VerificationModule } from './verification.module';
export { VerificationResolver } from './verification.resolver';
export { AccountTokens } from './account-tokens.service';
