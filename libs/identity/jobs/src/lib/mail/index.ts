export { MAIL_DELIVERY_OPTIONS, SEND_MAIL_JOB, SendMailJob, type MailDeliveryOptions, type SendMailPayload } from './send-mail.job';
