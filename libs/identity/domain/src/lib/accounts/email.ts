import { characterCount } from '@civic/util';

/**
 * Emails are compared case-insensitively: they are stored trimmed and lower-cased, so one
 * unique index is enough and "Ann@X.org" cannot register twice as "ann@x.org".
 */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Deliberately loose (one @, a dot in the domain, no spaces): the mailbox decides the rest. */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MAX_EMAIL_LENGTH = 254;

export function isPlausibleEmail(email: string): boolean {
  return characterCount(email) <= MAX_EMAIL_LENGTH && EMAIL_SHAPE.test(email);
}
