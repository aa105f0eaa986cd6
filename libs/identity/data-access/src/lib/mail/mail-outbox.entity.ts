import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type MailStatus = 'pending' | 'sent' | 'failed';

/**
 * A mail to send, written in the same transaction as the change that causes it (so a mail
 * exists if and only if that change committed) and sent by the worker's `identity.send-mail`
 * job, which records each try: attempts, the last error, and on success the time and the
 * SMTP server's message id.
 */
@Entity({ name: 'mail_outbox' })
export class MailOutboxEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  recipient!: string;

  @Column('text')
  template!: string;

  @Column('text')
  language!: string;

  @Column('text')
  subject!: string;

  @Column('text')
  bodyText!: string;

  @Column('text', { default: 'pending' })
  status!: MailStatus;

  @Column('int', { default: 0 })
  attempts!: number;

  @Column('text', { nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz' })
  nextAttemptAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column('text', { nullable: true })
  messageId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
