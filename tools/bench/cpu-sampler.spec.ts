import { spawnSync } from 'node:child_process';
import { cpuSecondsOf, CpuSampler, procStat } from './cpu-sampler';

/** Burns `ms` of CPU time (not wall time: the machine may be busy). Self-contained: children run its source. */
function burn(ms: number): void {
  const start = process.cpuUsage();
  for (;;) {
    const used = process.cpuUsage(start);
    if ((used.user + used.system) / 1000 >= ms) return;
    for (let i = 0; i < 10_000; i++) Math.sqrt(i);
  }
}

describe('CPU time from /proc', () => {
  it('reads this process and its parent link', () => {
    expect(procStat(process.pid)).toMatchObject({ ppid: process.ppid });
    expect(procStat(2 ** 22 + 12_345)).toBeUndefined();
  });

  it('counts the CPU a process burns between start and stop', () => {
    const sampler = new CpuSampler({ self: { pid: process.pid } }).start();
    burn(300);
    const used = sampler.stop()['self'] ?? 0;
    expect(used).toBeGreaterThanOrEqual(0.28);
    expect(used).toBeLessThan(5);
  });

  it('adds reaped children when asked', () => {
    const before = cpuSecondsOf(process.pid, true) ?? 0;
    spawnSync(process.execPath, ['-e', `(${burn.toString()})(300);`]);
    const own = cpuSecondsOf(process.pid) ?? 0;
    const withChildren = cpuSecondsOf(process.pid, true) ?? 0;
    expect(withChildren - before).toBeGreaterThanOrEqual(0.28);
    expect(withChildren).toBeGreaterThan(own);
  });
});
