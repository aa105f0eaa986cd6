import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isMailLanguage, renderMail, type MailParams, type MailTemplate } from '@civic/identity-domain';
import { appendToMailOutbox } from '@civic/identity-data-access';

export interface MailRecipient {
  email: string;
  displayName: string;
  language: string | null;
}

/**
 * Queues a mail to an account in the mail outbox, rendered now in the account's language,
 * inside the caller's transaction: it is sent (by the worker) if and only if that commits.
 */
@Injectable()
export class AccountMailer {
  async queue(manager: EntityManager, to: MailRecipient, template: MailTemplate, params: Omit<MailParams, 'displayName'> = {}): Promise<void> {
    const language = isMailLanguage(to.language) ? to.language : 'en';
    const { subject, text } = renderMail(template, language, { ...params, displayName: to.displayName });
    await appendToMailOutbox(manager, { id: randomUUID(), recipient: to.email, template, language, subject, bodyText: text });
  }
}
