/**
 * Every mail identity sends, in one place: plain text, English and Spanish. A mail is
 * rendered when it is queued (the outbox keeps the text that was sent); the language is the
 * account's, English when it has none.
 */
export const MAIL_LANGUAGES = ['en', 'es'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

export const MAIL_TEMPLATES = ['email-verification', 'password-reset', 'password-changed'] as const;
export type MailTemplate = (typeof MAIL_TEMPLATES)[number];

export interface MailParams {
  displayName: string;
  /** The token to type or paste (verification and reset mails). */
  token?: string;
  /** When the token stops working. */
  expiresAt?: Date;
}

export interface RenderedMail {
  subject: string;
  text: string;
}

export function isMailLanguage(value: string | null | undefined): value is MailLanguage {
  return MAIL_LANGUAGES.includes(value as MailLanguage);
}

type Renderer = (params: MailParams) => RenderedMail;

const when = (date: Date | undefined) =>
  date
    ? date
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, ' UTC')
    : '';

const TEMPLATES: Record<MailTemplate, Record<MailLanguage, Renderer>> = {
  'email-verification': {
    en: ({ displayName, token, expiresAt }) => ({
      subject: 'Confirm your email address for Civic Congress',
      text: [
        `Hello ${displayName},`,
        '',
        'To confirm this email address for your Civic Congress account, use this code',
        '(mutation verifyEmail) before ' + when(expiresAt) + ':',
        '',
        `${token ?? ''}`,
        '',
        'If you did not create an account, ignore this mail.',
      ].join('\n'),
    }),
    es: ({ displayName, token, expiresAt }) => ({
      subject: 'Confirme su correo electrónico para Civic Congress',
      text: [
        `Hola, ${displayName}:`,
        '',
        'Para confirmar este correo electrónico de su cuenta de Civic Congress, use este código',
        '(mutación verifyEmail) antes del ' + when(expiresAt) + ':',
        '',
        `${token ?? ''}`,
        '',
        'Si usted no creó una cuenta, ignore este mensaje.',
      ].join('\n'),
    }),
  },
  'password-reset': {
    en: ({ displayName, token, expiresAt }) => ({
      subject: 'Reset your Civic Congress password',
      text: [
        `Hello ${displayName},`,
        '',
        'Someone asked to reset the password of your Civic Congress account. To choose a new',
        'one, use this code (mutation resetPassword) before ' + when(expiresAt) + ':',
        '',
        `${token ?? ''}`,
        '',
        'If it was not you, ignore this mail: your password stays as it is.',
      ].join('\n'),
    }),
    es: ({ displayName, token, expiresAt }) => ({
      subject: 'Restablezca su contraseña de Civic Congress',
      text: [
        `Hola, ${displayName}:`,
        '',
        'Alguien pidió restablecer la contraseña de su cuenta de Civic Congress. Para elegir una',
        'nueva, use este código (mutación resetPassword) antes del ' + when(expiresAt) + ':',
        '',
        `${token ?? ''}`,
        '',
        'Si no fue usted, ignore este mensaje: su contraseña no cambia.',
      ].join('\n'),
    }),
  },
  'password-changed': {
    en: ({ displayName }) => ({
      subject: 'Your Civic Congress password was changed',
      text: [
        `Hello ${displayName},`,
        '',
        'The password of your Civic Congress account was just reset, and every session was signed out.',
        'If it was not you, reset it again at once and tell the congress staff.',
      ].join('\n'),
    }),
    es: ({ displayName }) => ({
      subject: 'Se cambió su contraseña de Civic Congress',
      text: [
        `Hola, ${displayName}:`,
        '',
        'Se acaba de restablecer la contraseña de su cuenta de Civic Congress y se cerraron todas las sesiones.',
        'Si no fue usted, restablézcala de nuevo enseguida e informe al personal del congreso.',
      ].join('\n'),
    }),
  },
};

export function renderMail(template: MailTemplate, language: string | null | undefined, params: MailParams): RenderedMail {
  return TEMPLATES[template][isMailLanguage(language) ? language : 'en'](params);
}
