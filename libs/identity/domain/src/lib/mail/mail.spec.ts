import { afterFailedDelivery, MAX_MAIL_ATTEMPTS } from './mail-delivery';
import { renderMail } from './mail-templates';

describe('renderMail', () => {
  const params = { displayName: 'Ann', token: 'TOKEN-123', expiresAt: new Date('2027-03-01T12:00:00Z') };

  it('writes English by default and Spanish for Spanish accounts, with the token on its own line', () => {
    const english = renderMail('email-verification', null, params);
    const spanish = renderMail('email-verification', 'es', params);
    expect(english.subject).toMatch(/Confirm your email/);
    expect(spanish.subject).toMatch(/Confirme su correo/);
    for (const mail of [english, spanish]) {
      expect(mail.text.split('\n')).toContain('TOKEN-123');
      expect(mail.text).toContain('2027-03-01 12:00:00 UTC');
    }
    expect(renderMail('password-reset', 'fr', params).subject).toMatch(/Reset your/);
  });
});

describe('afterFailedDelivery', () => {
  const now = new Date('2027-03-01T12:00:00Z');
  const delayOf = (attempts: number) => {
    const retry = afterFailedDelivery(attempts, now);
    return retry.status === 'pending' ? retry.nextAttemptAt.getTime() - now.getTime() : retry.status;
  };

  it('backs off exponentially up to an hour, then gives up', () => {
    expect([1, 2, 3, 4].map(delayOf)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(delayOf(9)).toBe(3_600_000);
    expect(delayOf(MAX_MAIL_ATTEMPTS)).toBe('failed');
  });
});
