import { z } from 'zod';
import { env } from '@civic/util';
import { loadServiceConfig, serviceConfigSchema } from '@civic/platform';
import type { IdentityFeatureOptions } from '@civic/identity-feature';

const positiveInt = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

/**
 * The identity service's configuration. It issues the tokens, so it verifies them with
 * its own key store: AUTH_JWKS_URL is not needed here (other services point it at
 * IDENTITY_PUBLIC_URL/.well-known/jwks.json).
 */
export const identityConfigSchema = serviceConfigSchema
  .extend({
    PORT: env.port(4001),
    AUTH_JWKS_URL: env.url().optional(),
    /** Base URL other services and clients reach this service at (for jwks_uri). */
    IDENTITY_PUBLIC_URL: env.url().optional(),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(30)
      .max(86_400)
      .default(15 * 60),
    REFRESH_TOKEN_TTL_SECONDS: positiveInt(30 * 24 * 60 * 60),
    SIGN_IN_MAX_FAILED_ATTEMPTS: positiveInt(5),
    SIGN_IN_LOCKOUT_SECONDS: positiveInt(15 * 60),
    SIGN_IN_THROTTLE_WINDOW_SECONDS: positiveInt(15 * 60),
    SIGN_IN_THROTTLE_MAX_FAILURES_PER_IP: positiveInt(50),
    SIGN_IN_THROTTLE_MAX_FAILURES_PER_EMAIL: positiveInt(20),
    /** Encrypts the stored private signing key (any long random string); required in production. */
    IDENTITY_KEY_ENCRYPTION_SECRET: z.string().min(16).optional(),
    /** Verification resends and password-reset requests per account or email an hour (10× that per client address). */
    ACCOUNT_MAIL_REQUESTS_PER_HOUR: positiveInt(5),
    /** Wrong or unknown email-verification and password-reset tokens per client address an hour. */
    ACCOUNT_TOKEN_FAILURES_PER_HOUR: positiveInt(50),
    /** Wrong voter codes per account an hour (each code also locks after 5 wrong attempts). */
    VOTER_CODE_FAILURES_PER_HOUR: positiveInt(10),
    /** The service is only reachable through the gateway, which sets X-Forwarded-For. */
    TRUST_FORWARDED_FOR: env.bool(true),
  })
  .superRefine((config, context) => {
    // The private signing key must never sit in the database in clear on a real server.
    if (config.NODE_ENV === 'production' && !config.IDENTITY_KEY_ENCRYPTION_SECRET) {
      context.addIssue({
        code: 'custom',
        path: ['IDENTITY_KEY_ENCRYPTION_SECRET'],
        message: 'is required when NODE_ENV=production: it encrypts the signing key at rest (any random string of 16 characters or more)',
      });
    }
  });
export type IdentityConfig = z.infer<typeof identityConfigSchema>;

export function loadIdentityConfig(environment: Record<string, string | undefined> = process.env): IdentityConfig {
  return loadServiceConfig(identityConfigSchema, environment);
}

export function identityFeatureOptions(config: IdentityConfig): IdentityFeatureOptions {
  return {
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
    publicUrl: config.IDENTITY_PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`,
    accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS,
    lockout: { maxFailedAttempts: config.SIGN_IN_MAX_FAILED_ATTEMPTS, lockDurationMs: config.SIGN_IN_LOCKOUT_SECONDS * 1000 },
    throttle: {
      windowSeconds: config.SIGN_IN_THROTTLE_WINDOW_SECONDS,
      maxFailuresPerIp: config.SIGN_IN_THROTTLE_MAX_FAILURES_PER_IP,
      maxFailuresPerEmail: config.SIGN_IN_THROTTLE_MAX_FAILURES_PER_EMAIL,
    },
    ...(config.IDENTITY_KEY_ENCRYPTION_SECRET ? { keyEncryptionSecret: config.IDENTITY_KEY_ENCRYPTION_SECRET } : {}),
    trustForwardedFor: config.TRUST_FORWARDED_FOR,
    accountLimits: {
      mailRequestsPerHour: config.ACCOUNT_MAIL_REQUESTS_PER_HOUR,
      tokenFailuresPerHour: config.ACCOUNT_TOKEN_FAILURES_PER_HOUR,
      voterCodeFailuresPerHour: config.VOTER_CODE_FAILURES_PER_HOUR,
    },
  };
}
