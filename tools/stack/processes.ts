import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else; still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** SIGTERM, wait up to graceMs for the process to exit, then SIGKILL. */
export async function stopPid(pid: number, { graceMs = 10_000 }: { graceMs?: number } = {}): Promise<void> {
  if (!isAlive(pid)) return;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        return;
      }
      const killDeadline = Date.now() + 5_000;
      while (isAlive(pid) && Date.now() < killDeadline) await delay(25);
      return;
    }
    await delay(25);
  }
}

export interface AppProcessSpec {
  name: string;
  /** TypeScript entry point, run through tools/run-ts.js. */
  entry: string;
  env: Record<string, string>;
  /** Options for node itself (before the entry point), e.g. a heap limit. */
  nodeArgs?: string[];
  /** GET this URL until it answers 2xx to call the app ready. */
  readyUrl: string;
}

export interface ProcessGroupOptions {
  cwd: string;
  /** Write each app's output to <logDir>/<name>.log (tests). Without it, output goes to the terminal. */
  logDir?: string;
  /** Called once when an app exits while nobody asked it to. */
  onUnexpectedExit?: (name: string, description: string, lastLines: string[]) => void;
}

const TAIL_LINES = 40;
const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const COLOURS = [36, 35, 33, 32, 34, 96, 95];

interface ManagedProcess {
  name: string;
  child: ChildProcess;
  tail: string[];
  exit: Promise<string>;
  exited: boolean;
}

/**
 * The app processes of one stack: started with their environment, watched for readiness,
 * their output kept (tail for diagnostics, full log to a file or the terminal), and stopped
 * in reverse order of start.
 */
export class ProcessGroup {
  private readonly processes: ManagedProcess[] = [];
  private stopping = false;
  private readonly logStreams: WriteStream[] = [];

  constructor(private readonly options: ProcessGroupOptions) {
    if (options.logDir) mkdirSync(options.logDir, { recursive: true });
  }

  start(spec: AppProcessSpec): void {
    const child = spawn(process.execPath, [...(spec.nodeArgs ?? []), path.join(this.options.cwd, 'tools', 'run-ts.js'), spec.entry], {
      cwd: this.options.cwd,
      env: { ...process.env, ...spec.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const managed: ManagedProcess = {
      name: spec.name,
      child,
      tail: [],
      exited: false,
      exit: new Promise((resolve) => {
        child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `exit code ${code ?? '?'}`));
        child.once('error', (error) => resolve(`spawn error: ${error.message}`));
      }),
    };
    this.processes.push(managed);
    const sink = this.sinkFor(spec.name, this.processes.length - 1);
    for (const stream of [child.stdout, child.stderr]) {
      if (!stream) continue;
      createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
        managed.tail.push(line);
        if (managed.tail.length > TAIL_LINES) managed.tail.shift();
        sink(line);
      });
    }
    void managed.exit.then((description) => {
      managed.exited = true;
      if (!this.stopping) this.options.onUnexpectedExit?.(spec.name, description, managed.tail);
    });
  }

  /** Polls the app's readiness URL; fails early if the app exits. */
  async waitReady(spec: AppProcessSpec, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    const managed = this.processes.find((p) => p.name === spec.name);
    if (!managed) throw new Error(`${spec.name} was not started`);
    const deadline = Date.now() + timeoutMs;
    let last = 'no answer yet';
    while (Date.now() < deadline && !signal?.aborted) {
      if (managed.exited) throw new AppFailedError(spec.name, `exited before it was ready`, managed.tail);
      try {
        const response = await fetch(spec.readyUrl, { signal: AbortSignal.timeout(2_000) });
        if (response.ok) return;
        last = `HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`;
      } catch (error) {
        last = error instanceof Error ? error.message : String(error);
      }
      await delay(150);
    }
    if (signal?.aborted) return;
    throw new AppFailedError(spec.name, `was not ready within ${timeoutMs / 1000} s (${spec.readyUrl}: ${last})`, managed.tail);
  }

  pids(): Record<string, number> {
    return Object.fromEntries(this.processes.filter((p) => p.child.pid !== undefined).map((p) => [p.name, p.child.pid as number]));
  }

  async stopAll(graceMs = 10_000): Promise<void> {
    this.stopping = true;
    for (const managed of [...this.processes].reverse()) {
      if (!managed.exited && managed.child.pid !== undefined) await stopPid(managed.child.pid, { graceMs });
    }
    await Promise.all(this.logStreams.map((stream) => new Promise((resolve) => stream.end(resolve))));
  }

  private sinkFor(name: string, index: number): (line: string) => void {
    if (this.options.logDir) {
      const stream = createWriteStream(path.join(this.options.logDir, `${name}.log`), { flags: 'a' });
      this.logStreams.push(stream);
      return (line) => stream.write(line + '\n');
    }
    const colour = process.stdout.isTTY ? COLOURS[index % COLOURS.length] : undefined;
    const prefix = colour ? `\x1b[${colour}m${name.padEnd(11)}\x1b[0m│ ` : `${name.padEnd(11)}│ `;
    return (line) => process.stdout.write(prefix + prettyLogLine(line) + '\n');
  }
}

/** One line of pino JSON made readable: time, level, message and the error if any. */
export function prettyLogLine(line: string): string {
  if (!line.startsWith('{')) return line;
  try {
    const entry = JSON.parse(line) as { level?: number; time?: number; msg?: string; err?: { message?: string }; context?: string };
    const time = entry.time ? new Date(entry.time).toISOString().slice(11, 19) : '';
    const level = (entry.level !== undefined && LEVELS[entry.level]) || 'INFO';
    const context = entry.context ? `[${entry.context}] ` : '';
    const error = entry.err?.message ? ` — ${entry.err.message}` : '';
    return `${time} ${level.padEnd(5)} ${context}${entry.msg ?? ''}${error}`;
  } catch {
    return line;
  }
}

export class AppFailedError extends Error {
  constructor(
    readonly app: string,
    reason: string,
    readonly lastLines: string[],
  ) {
    super(`${app} ${reason}\n--- last lines of ${app} ---\n${lastLines.join('\n')}`);
    this.name = 'AppFailedError';
  }
}
