import { readdirSync, readFileSync } from 'node:fs';

/** Kernel clock ticks per second for /proc times (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  ppid: number;
  /** utime + stime of the process itself, in ticks. */
  ownTicks: number;
  /** cutime + cstime: children that exited and were reaped, in ticks. */
  reapedChildTicks: number;
}

/** Fields of /proc/<pid>/stat; undefined once the process is gone (or not on Linux). */
export function procStat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: split after its last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const at = (field: number) => Number(fields[field - 3]);
    return { ppid: at(4), ownTicks: at(14) + at(15), reapedChildTicks: at(16) + at(17) };
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds a process used so far; with `withChildren`, also every child it has (live
 * ones and those already reaped): PostgreSQL's backends are children of the postmaster.
 */
export function cpuSecondsOf(pid: number, withChildren = false): number | undefined {
  const own = procStat(pid);
  if (!own) return undefined;
  let ticks = own.ownTicks;
  if (withChildren) {
    ticks += own.reapedChildTicks;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const child = procStat(Number(entry));
      if (child?.ppid === pid) ticks += child.ownTicks;
    }
  }
  return ticks / TICKS_PER_SECOND;
}

export interface CpuTarget {
  pid: number;
  withChildren?: boolean;
}

/**
 * CPU seconds each process spends between `start()` and `stop()`: on a 2-core machine the
 * load generator, the services and PostgreSQL share the cores, so where the seconds go
 * explains a throughput figure better than the figure alone.
 */
export class CpuSampler {
  private readonly started = new Map<string, number>();

  constructor(private readonly targets: Record<string, CpuTarget>) {}

  start(): this {
    for (const [name, target] of Object.entries(this.targets)) {
      const seconds = cpuSecondsOf(target.pid, target.withChildren);
      if (seconds !== undefined) this.started.set(name, seconds);
    }
    return this;
  }

  /** CPU seconds per process over the window (processes that could not be read are left out). */
  stop(): Record<string, number> {
    const used: Record<string, number> = {};
    for (const [name, target] of Object.entries(this.targets)) {
      const before = this.started.get(name);
      const now = cpuSecondsOf(target.pid, target.withChildren);
      if (before !== undefined && now !== undefined) used[name] = Math.round((now - before) * 100) / 100;
    }
    return used;
  }
}
