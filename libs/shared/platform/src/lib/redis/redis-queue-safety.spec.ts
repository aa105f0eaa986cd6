import { parseInfo } from './redis-queue-safety';

describe('parseInfo', () => {
  it('reads key:value lines and skips section headers', () => {
    const info = parseInfo('# Memory\r\nused_memory:1024\r\nmaxmemory_policy:noeviction\r\n\r\n# Persistence\r\naof_enabled:1\r\n');
    expect(info.get('maxmemory_policy')).toBe('noeviction');
    expect(info.get('aof_enabled')).toBe('1');
    expect(info.has('# Memory')).toBe(false);
  });
});
