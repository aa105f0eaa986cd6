import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
import type { MaintenanceJobName, MaintenanceJobPayloads } from '@civic/contracts';
import { claimDueMail, recordMailFailure, recordMailSent } from '@civic/identity-data-access';
import { IDENTITY_DATA_SOURCE } from '../identity-jobs.datasource';

export const SEND_MAIL_JOB = 'identity.send-mail' satisfies MaintenanceJobName;

export type SendMailPayload = MaintenanceJobPayloads[typeof SEND_MAIL_JOB];

export interface MailDeliveryOptions {
  /** smtp://user:pass@host:port (or smtps://); without it mail stays queued in the outbox. */
  smtpUrl?: string | undefined;
  /** The From header, e.g. "Civic Congress <no-reply@example.org>". */
  from: string;
  /** How long a claimed mail is reserved for one run before another may retry it. */
  leaseMs?: number;
}

export const MAIL_DELIVERY_OPTIONS = Symbol('MAIL_DELIVERY_OPTIONS');

/**
 * Sends identity's queued mail (`mail_outbox`) through SMTP with nodemailer. Each run leases
 * the due mails (so overlapping runs and several workers never send one twice at once),
 * sends them one by one and records each outcome: sent with the server's message id, or the
 * error and the next try, backing off up to an hour and giving up after ten tries.
 */
@Injectable()
export class SendMailJob implements OnModuleDestroy {
  readonly jobName = SEND_MAIL_JOB;
  private readonly logger = new Logger(SendMailJob.name);
  private transport: Transporter | undefined;
  private warnedUnconfigured = false;

  constructor(
    @InjectDataSource(IDENTITY_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(MAIL_DELIVERY_OPTIONS) private readonly options: MailDeliveryOptions,
  ) {}

  async handle(payload: SendMailPayload): Promise<{ sent: number; failed: number }> {
    if (!this.options.smtpUrl) {
      if (!this.warnedUnconfigured) this.logger.warn('SMTP_URL is not set: account mail stays queued in identity.mail_outbox');
      this.warnedUnconfigured = true;
      return { sent: 0, failed: 0 };
    }
    const due = await claimDueMail(this.dataSource, payload.batchSize, this.options.leaseMs ?? 120_000);
    let sent = 0;
    let failed = 0;
    for (const mail of due) {
      try {
        const info = (await this.transporter().sendMail({ from: this.options.from, to: mail.recipient, subject: mail.subject, text: mail.bodyText })) as {
          messageId?: string;
        };
        await recordMailSent(this.dataSource, mail.id, info.messageId ?? null);
        sent += 1;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const status = await recordMailFailure(this.dataSource, mail, message);
        this.logger.warn(`mail ${mail.id} not sent (attempt ${mail.attempts + 1}${status === 'failed' ? ', giving up' : ''}): ${message}`);
        failed += 1;
      }
    }
    if (sent > 0) this.logger.log(`sent ${sent} mails`);
    return { sent, failed };
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }

  private transporter(): Transporter {
    this.transport ??= createTransport(
      this.options.smtpUrl as string,
      {
        // A server that does not answer must not hold the job: fail, record, retry later.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      } as Record<string, unknown>,
    );
    return this.transport;
  }
}
