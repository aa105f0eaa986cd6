import type { LockoutPolicy } from '@civic/identity-domain';

/** Settings of the identity feature, built by the app from its validated config. */
export interface IdentityFeatureOptions {
  /** `iss` of issued tokens and of the OpenID configuration. */
  issuer: string;
  audience: string;
  /** Base URL where this service is reachable, for `jwks_uri` (e.g. http://127.0.0.1:4001). */
  publicUrl: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  lockout: LockoutPolicy;
  throttle: SignInThrottleOptions;
  /** Encrypts stored private keys (AES-256-GCM); without it keys are stored in clear. */
  keyEncryptionSecret?: string;
  /** Use the left-most X-Forwarded-For address as the client IP (the service sits behind the gateway). */
  trustForwardedFor: boolean;
  /** Rate limits of account mail, tokens and voter codes (per hour). */
  accountLimits: AccountLimitOptions;
}

export interface AccountLimitOptions {
  /** Verification resends and password-reset requests per account or email address, and 10× that per client address. */
  mailRequestsPerHour: number;
  /** Wrong or unknown email-verification and password-reset tokens per client address. */
  tokenFailuresPerHour: number;
  /** Wrong voter codes per account (each code also locks after 5 wrong attempts). */
  voterCodeFailuresPerHour: number;
}

export const DEFAULT_ACCOUNT_LIMITS: AccountLimitOptions = { mailRequestsPerHour: 5, tokenFailuresPerHour: 50, voterCodeFailuresPerHour: 10 };

export interface SignInThrottleOptions {
  windowSeconds: number;
  /** Failed sign-ins from one IP address per window before RATE_LIMITED. */
  maxFailuresPerIp: number;
  /** Failed sign-ins for one email per window before RATE_LIMITED (unknown emails included). */
  maxFailuresPerEmail: number;
}

export const IDENTITY_FEATURE_OPTIONS = Symbol('IDENTITY_FEATURE_OPTIONS');
