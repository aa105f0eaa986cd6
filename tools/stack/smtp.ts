import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

/**
 * The embedded SMTP catcher of `npm start` and the test harness: an SMTP server on
 * 127.0.0.1 that accepts every mail (no TLS, any or no credentials) and writes it as an
 * .eml file to `mailDir`, named `<ms>-<n>.eml`, with an `X-Catcher-Rcpt-To` header naming
 * the envelope recipients first. Nothing is delivered anywhere.
 */
export interface RunningSmtpCatcher {
  url: string;
  port: number;
  mailDir: string;
  stop(): Promise<void>;
}

export async function startSmtpCatcher(options: { port: number; mailDir: string; host?: string }): Promise<RunningSmtpCatcher> {
  const host = options.host ?? '127.0.0.1';
  mkdirSync(options.mailDir, { recursive: true });
  let sequence = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    banner: 'Civic Congress mail catcher',
    size: 10 * 1024 * 1024,
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'catcher' }),
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        try {
          const recipients = session.envelope.rcptTo.map((address) => address.address).join(', ');
          sequence += 1;
          const file = path.join(options.mailDir, `${Date.now()}-${String(sequence).padStart(5, '0')}.eml`);
          writeFileSync(file, Buffer.concat([Buffer.from(`X-Catcher-Rcpt-To: ${recipients}\r\n`), ...chunks]));
          callback();
        } catch (error) {
          callback(error as Error);
        }
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.server.address();
  const port = address && typeof address === 'object' ? address.port : options.port;
  return {
    url: `smtp://${host}:${port}`,
    port,
    mailDir: options.mailDir,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
