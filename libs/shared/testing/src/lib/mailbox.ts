import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * Reading the mail the embedded SMTP catcher (tools/stack/smtp.ts) wrote: one .eml file per
 * mail in a directory. Enough MIME for what identity sends (single-part text, quoted-printable
 * or base64, UTF-8 subjects), not a general mail parser.
 */
export interface CaughtMail {
  file: string;
  /** Envelope recipients, lower-case. */
  to: string[];
  subject: string;
  text: string;
}

export function readMailbox(mailDir: string): CaughtMail[] {
  let files: string[];
  try {
    files = readdirSync(mailDir).filter((file) => file.endsWith('.eml'));
  } catch {
    return [];
  }
  return files.sort().map((file) => parseMail(path.join(mailDir, file), readFileSync(path.join(mailDir, file), 'utf8')));
}

/** Waits for a mail to `to` (matching `match`, when given) and returns the newest such. */
export async function waitForMail(
  mailDir: string,
  to: string,
  { match, timeoutMs = 20_000 }: { match?: (mail: CaughtMail) => boolean; timeoutMs?: number } = {},
): Promise<CaughtMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = readMailbox(mailDir).filter((mail) => mail.to.includes(to.toLowerCase()) && (!match || match(mail)));
    const newest = found[found.length - 1];
    if (newest) return newest;
    if (Date.now() > deadline) throw new Error(`no mail to ${to} in ${mailDir} after ${timeoutMs} ms`);
    await delay(100);
  }
}

/** The email-verification or password-reset token in a mail's text (`<uuid>.<secret>`). */
export function accountTokenIn(text: string): string {
  const token = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[A-Za-z0-9_-]{16,128}/.exec(text)?.[0];
  if (!token) throw new Error(`no token in mail text:\n${text}`);
  return token;
}

export function parseMail(file: string, raw: string): CaughtMail {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split === -1 ? raw : raw.slice(0, split);
  const body = split === -1 ? '' : raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const text =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
        : body;
  return {
    file,
    to: (headers.get('x-catcher-rcpt-to') ?? headers.get('to') ?? '')
      .split(',')
      .map((address) => address.trim().toLowerCase())
      .filter(Boolean),
    subject: decodeEncodedWords(headers.get('subject') ?? ''),
    text: text.replace(/\r\n/g, '\n'),
  };
}

function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let index = 0; index < joined.length; index += 1) {
    const character = joined[index] as string;
    const hex = joined.slice(index + 1, index + 3);
    if (character === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(character, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeEncodedWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_all, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}
