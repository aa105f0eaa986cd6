import { accountTokenIn, parseMail } from './mailbox';

describe('parseMail', () => {
  it('reads envelope recipients, an encoded subject and a quoted-printable body', () => {
    const raw = [
      'X-Catcher-Rcpt-To: Ana@Example.test',
      'Subject: =?UTF-8?Q?Confirme_su_correo_electr=C3=B3nico?=',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Hola, Ana:=0A=0Ac=C3=B3digo largo que sigue =',
      'en la l=C3=ADnea siguiente',
    ].join('\r\n');
    expect(parseMail('a.eml', raw)).toEqual({
      file: 'a.eml',
      to: ['ana@example.test'],
      subject: 'Confirme su correo electrónico',
      text: 'Hola, Ana:\n\ncódigo largo que sigue en la línea siguiente',
    });
  });

  it('reads a base64 body, and finds an account token in text', () => {
    const token = `0b6f6c5e-9a44-4f7e-9d0e-0c1a2b3c4d5e.${'x'.repeat(43)}`;
    const raw = `To: b@example.test\r\nSubject: Hi\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(`Code:\n\n${token}\n`).toString('base64')}`;
    const mail = parseMail('b.eml', raw);
    expect(mail.to).toEqual(['b@example.test']);
    expect(accountTokenIn(mail.text)).toBe(token);
    expect(() => accountTokenIn('no token here')).toThrow(/no token/);
  });
});
