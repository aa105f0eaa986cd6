import { readFileSync } from 'node:fs';

export interface PeakMemory {
  /** Peak VmRSS seen, in MiB; null when the process could not be read at all. */
  peakMiB: number | null;
  samples: number;
}

/** Resident memory of a process from /proc (Linux), in kB; undefined once it is gone. */
export function residentKiB(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Samples each named process's VmRSS every `intervalMs` and keeps the peak. The kernel's own
 * VmHWM would be simpler but counts start-up too; this covers exactly the measured window.
 */
export class MemorySampler {
  private readonly peaks = new Map<string, { peakKiB: number; samples: number }>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pids: Record<string, number>,
    private readonly intervalMs = 250,
  ) {
    for (const name of Object.keys(pids)) this.peaks.set(name, { peakKiB: 0, samples: 0 });
  }

  start(): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
    return this;
  }

  stop(): Record<string, PeakMemory> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.sample();
    return this.result();
  }

  result(): Record<string, PeakMemory> {
    return Object.fromEntries(
      [...this.peaks].map(([name, { peakKiB, samples }]) => [name, { peakMiB: samples ? Math.round((peakKiB / 1024) * 10) / 10 : null, samples }]),
    );
  }

  private sample(): void {
    for (const [name, pid] of Object.entries(this.pids)) {
      const kib = residentKiB(pid);
      const peak = this.peaks.get(name);
      if (kib === undefined || !peak) continue;
      peak.samples++;
      if (kib > peak.peakKiB) peak.peakKiB = kib;
    }
  }
}
