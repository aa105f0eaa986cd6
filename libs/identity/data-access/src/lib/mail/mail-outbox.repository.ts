import type { DataSource, EntityManager } from 'typeorm';
import { afterFailedDelivery } from '@civic/identity-domain';
import { MailOutboxEntity } from './mail-outbox.entity';

export type NewMail = Pick<MailOutboxEntity, 'id' | 'recipient' | 'template' | 'language' | 'subject' | 'bodyText'>;

/** Queues a mail inside the caller's transaction. */
export async function appendToMailOutbox(manager: EntityManager, mail: NewMail): Promise<void> {
  await manager.insert(MailOutboxEntity, { ...mail, status: 'pending', nextAttemptAt: new Date() });
}

export type DueMail = Pick<MailOutboxEntity, 'id' | 'recipient' | 'subject' | 'bodyText' | 'attempts'>;

/**
 * Takes up to `limit` mails that are due, oldest first, and leases them for `leaseMs` (their
 * next attempt moves past the lease) so that a concurrent run skips them while they are
 * being sent, and a run that dies mid-send leaves them to be retried after the lease.
 */
export async function claimDueMail(dataSource: DataSource, limit: number, leaseMs: number): Promise<DueMail[]> {
  return (await dataSource.query(
    `WITH claimed AS (
       UPDATE "identity"."mail_outbox" AS m SET "next_attempt_at" = now() + ($2 || ' milliseconds')::interval
        WHERE m."id" IN (
          SELECT "id" FROM "identity"."mail_outbox"
           WHERE "status" = 'pending' AND "next_attempt_at" <= now()
           ORDER BY "created_at", "id" LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING m."id", m."recipient", m."subject", m."body_text", m."attempts", m."created_at")
     SELECT "id", "recipient", "subject", "body_text" AS "bodyText", "attempts" FROM claimed ORDER BY "created_at", "id"`,
    [limit, String(leaseMs)],
  )) as DueMail[];
}

/**
 * Records the delivery. The codes a sent mail carried are cut from the stored text: the
 * outbox keeps what was sent, not a second copy of live secrets (only their hashes are kept).
 */
export async function recordMailSent(dataSource: DataSource, id: string, messageId: string | null): Promise<void> {
  await dataSource.query(
    `UPDATE "identity"."mail_outbox"
        SET "status" = 'sent', "attempts" = "attempts" + 1, "sent_at" = now(), "message_id" = $2, "last_error" = NULL,
            "body_text" = regexp_replace("body_text", $3, '[code removed once sent]', 'g')
      WHERE "id" = $1 AND "status" = 'pending'`,
    [id, messageId, SENT_CODE_PATTERN],
  );
}

/** An account token in a mail's text (`<uuid>.<secret>`), as `newAccountToken` makes them. */
const SENT_CODE_PATTERN = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.[A-Za-z0-9_-]{16,128}';

/** Counts the failed try; retries later with backoff, or gives the mail up after the last attempt. */
export async function recordMailFailure(dataSource: DataSource, mail: DueMail, error: string, now = new Date()): Promise<'pending' | 'failed'> {
  const attempts = mail.attempts + 1;
  const retry = afterFailedDelivery(attempts, now);
  await dataSource.query(
    `UPDATE "identity"."mail_outbox" SET "attempts" = $2, "last_error" = $3, "status" = $4, "next_attempt_at" = COALESCE($5, "next_attempt_at")
      WHERE "id" = $1 AND "status" = 'pending'`,
    [mail.id, attempts, error.slice(0, 2_000), retry.status, retry.status === 'pending' ? retry.nextAttemptAt : null],
  );
  return retry.status;
}
