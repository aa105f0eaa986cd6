/**
 * Retrying a mail that could not be sent: the delay doubles from 30 seconds up to an hour,
 * and after `MAX_MAIL_ATTEMPTS` tries the mail is given up as failed (its last error kept).
 */
export const MAX_MAIL_ATTEMPTS = 10;
export const FIRST_MAIL_RETRY_MS = 30_000;
export const LONGEST_MAIL_RETRY_MS = 3_600_000;

export type MailRetry = { status: 'pending'; nextAttemptAt: Date } | { status: 'failed' };

/** After the `attempts`-th failed try (1 for the first). */
export function afterFailedDelivery(attempts: number, now: Date, maxAttempts = MAX_MAIL_ATTEMPTS): MailRetry {
  if (attempts >= maxAttempts) return { status: 'failed' };
  const delay = Math.min(FIRST_MAIL_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_MAIL_RETRY_MS);
  return { status: 'pending', nextAttemptAt: new Date(now.getTime() + delay) };
}
