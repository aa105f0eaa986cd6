export { MailModule } from './mail.module';
export { AccountMailer, type MailRecipient } from './account-mail.service';
