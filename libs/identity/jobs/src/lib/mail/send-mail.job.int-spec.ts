import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { Test, type TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { appendToMailOutbox } from '@civic/identity-data-access';
import { readMailbox, waitForMail } from '@civic/testing';
import { IDENTITY_DATA_SOURCE } from '../identity-jobs.datasource';
import { IdentityJobsModule } from '../identity-jobs.module';
import { SendMailJob } from './send-mail.job';

/**
 * The mail job as the worker runs it, against the harness's PostgreSQL and its embedded SMTP
 * catcher (SMTP_URL, CIVIC_MAIL_DIR): queued mail is sent and its delivery recorded; with
 * the SMTP server down the try is recorded and retried later, then sent.
 */
const mailDir = process.env['CIVIC_MAIL_DIR'] ?? '';

async function jobWith(smtpUrl: string): Promise<{ moduleRef: TestingModule; job: SendMailJob; dataSource: DataSource }> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      IdentityJobsModule.forRoot({ databaseUrl: process.env['DATABASE_URL'] ?? '', mail: { smtpUrl, from: 'Civic Congress <no-reply@example.test>' } }),
    ],
  }).compile();
  await moduleRef.init();
  return { moduleRef, job: moduleRef.get(SendMailJob), dataSource: moduleRef.get<DataSource>(getDataSourceToken(IDENTITY_DATA_SOURCE)) };
}

/** A port nothing listens on: an SMTP server that is down. */
function deadPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
    });
  });
}

async function queueMail(dataSource: DataSource, recipient: string, bodyText: string): Promise<string> {
  const id = randomUUID();
  await dataSource.transaction((manager) =>
    appendToMailOutbox(manager, { id, recipient, template: 'email-verification', language: 'es', subject: 'Confirme su correo electrónico', bodyText }),
  );
  return id;
}

async function outboxRow(dataSource: DataSource, id: string) {
  const [row] = (await dataSource.query(`SELECT status, attempts, last_error, sent_at, message_id, next_attempt_at FROM identity.mail_outbox WHERE id = $1`, [
    id,
  ])) as Array<{ status: string; attempts: number; last_error: string | null; sent_at: Date | null; message_id: string | null; next_attempt_at: Date }>;
  return row;
}

it('has the harness SMTP catcher to send to', () => {
  expect(process.env['SMTP_URL']).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
  expect(mailDir).not.toBe('');
});

it('sends queued mail through SMTP, records the delivery, and sends it once', async () => {
  const { moduleRef, job, dataSource } = await jobWith(process.env['SMTP_URL'] ?? '');
  try {
    const to = `mail-${randomUUID()}@example.test`;
    const text = `Hola, Ana:\n\nSu código, en una línea larga que el correo partirá con quoted-printable: ${'x'.repeat(90)}\n\nñandú`;
    const id = await queueMail(dataSource, to, text);
    const outcome = await job.handle({ batchSize: 50 });
    expect(outcome.sent).toBeGreaterThanOrEqual(1);

    const mail = await waitForMail(mailDir, to);
    expect(mail.subject).toBe('Confirme su correo electrónico');
    expect(mail.text.trim()).toBe(text);
    const row = await outboxRow(dataSource, id);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    expect(row?.sent_at).toBeInstanceOf(Date);
    expect(row?.message_id).toMatch(/^<.+@.+>$/);

    // A sent mail's stored text keeps no live code.
    const tokenId = await queueMail(dataSource, to, `Your code:\n\n${randomUUID()}.${'S'.repeat(43)}\n`);
    await job.handle({ batchSize: 50 });
    const [stored] = (await dataSource.query(`SELECT body_text FROM identity.mail_outbox WHERE id = $1`, [tokenId])) as Array<{ body_text: string }>;
    expect(stored?.body_text).toBe('Your code:\n\n[code removed once sent]\n');
    expect((await waitForMail(mailDir, to, { match: (caught) => caught.text.includes('S'.repeat(43)) })).text).toMatch(/^Your code:/);

    // A second run finds nothing due: no mail is sent again.
    await job.handle({ batchSize: 50 });
    expect(readMailbox(mailDir).filter((caught) => caught.to.includes(to))).toHaveLength(2);
  } finally {
    await moduleRef.close();
  }
});

it('records a failed try with the SMTP server down, backs off, and sends on the retry', async () => {
  const down = await jobWith(`smtp://127.0.0.1:${await deadPort()}`);
  const up = await jobWith(process.env['SMTP_URL'] ?? '');
  try {
    const to = `retry-${randomUUID()}@example.test`;
    const id = await queueMail(down.dataSource, to, 'Retried until it arrives.');
    const started = Date.now();
    const outcome = await down.job.handle({ batchSize: 50 });
    expect(outcome.failed).toBeGreaterThanOrEqual(1);
    const failed = await outboxRow(down.dataSource, id);
    expect(failed).toMatchObject({ status: 'pending', attempts: 1, sent_at: null });
    expect(failed?.last_error).toMatch(/ECONNREFUSED|connect/i);
    // The next try waits (30 s after the first failure): a run now leaves it alone.
    expect(failed?.next_attempt_at.getTime()).toBeGreaterThan(started + 20_000);
    await up.job.handle({ batchSize: 50 });
    expect((await outboxRow(up.dataSource, id))?.status).toBe('pending');

    // Once due, the server being back, the retry is sent and recorded.
    await up.dataSource.query(`UPDATE identity.mail_outbox SET next_attempt_at = now() WHERE id = $1`, [id]);
    await up.job.handle({ batchSize: 50 });
    expect(await outboxRow(up.dataSource, id)).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
    expect((await waitForMail(mailDir, to)).text.trim()).toBe('Retried until it arrives.');
  } finally {
    await down.moduleRef.close();
    await up.moduleRef.close();
  }
});

it('gives a mail up as failed after its last attempt, keeping the error', async () => {
  const down = await jobWith(`smtp://127.0.0.1:${await deadPort()}`);
  try {
    const id = await queueMail(down.dataSource, `never-${randomUUID()}@example.test`, 'Never arrives.');
    await down.dataSource.query(`UPDATE identity.mail_outbox SET attempts = 9 WHERE id = $1`, [id]);
    await down.job.handle({ batchSize: 50 });
    const row = await outboxRow(down.dataSource, id);
    expect(row).toMatchObject({ status: 'failed', attempts: 10 });
    expect(row?.last_error).toBeTruthy();
  } finally {
    await down.moduleRef.close();
  }
});
