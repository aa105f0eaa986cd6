import { dueRollCallAction, rollCallWindowProblems } from './roll-call-schedule';

const NOW = new Date('2072-05-10T12:00:00Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe('rollCallWindowProblems', () => {
  it('accepts a future opening with or without a later closing', () => {
    expect(rollCallWindowProblems({ opensAt: at(5), closesAt: null }, NOW, { opening: 'required' })).toEqual([]);
    expect(rollCallWindowProblems({ opensAt: at(5), closesAt: at(30) }, NOW, { opening: 'required' })).toEqual([]);
  });

  it('refuses an opening that is missing or not in the future', () => {
    expect(rollCallWindowProblems({ opensAt: null, closesAt: at(30) }, NOW, { opening: 'required' }).map((p) => p.field)).toEqual(['opensAt']);
    expect(rollCallWindowProblems({ opensAt: NOW, closesAt: null }, NOW, { opening: 'required' }).map((p) => p.field)).toEqual(['opensAt']);
  });

  it('refuses a closing in the past or not after the opening', () => {
    expect(rollCallWindowProblems({ opensAt: at(10), closesAt: at(10) }, NOW, { opening: 'required' })).toEqual([
      { field: 'closesAt', message: 'closesAt must be after opensAt' },
    ]);
    expect(rollCallWindowProblems({ opensAt: null, closesAt: at(-1) }, NOW, { opening: 'none' })).toEqual([
      { field: 'closesAt', message: 'closesAt must be in the future' },
    ]);
  });

  it('refuses an opening for a roll call that is already open, and dates that are not dates', () => {
    expect(rollCallWindowProblems({ opensAt: at(5), closesAt: at(10) }, NOW, { opening: 'none' }).map((p) => p.field)).toEqual(['opensAt']);
    expect(rollCallWindowProblems({ opensAt: new Date('nonsense'), closesAt: null }, NOW, { opening: 'required' }).map((p) => p.field)).toEqual(['opensAt']);
    expect(rollCallWindowProblems({ opensAt: at(5), closesAt: new Date('nonsense') }, NOW, { opening: 'required' }).map((p) => p.field)).toEqual(['closesAt']);
  });
});

describe('dueRollCallAction', () => {
  it('opens a waiting roll call once its time came, not before', () => {
    expect(dueRollCallAction({ status: 'waiting', opensAt: at(1), closesAt: null }, NOW)).toBeNull();
    expect(dueRollCallAction({ status: 'waiting', opensAt: NOW, closesAt: at(30) }, NOW)).toBe('open');
  });

  it('misses a waiting roll call whose whole window passed', () => {
    expect(dueRollCallAction({ status: 'waiting', opensAt: at(-30), closesAt: at(-1) }, NOW)).toBe('miss');
  });

  it('closes an opened roll call at its closing time, and asks nothing of any other', () => {
    expect(dueRollCallAction({ status: 'opened', opensAt: null, closesAt: at(1) }, NOW)).toBeNull();
    expect(dueRollCallAction({ status: 'opened', opensAt: at(-5), closesAt: NOW }, NOW)).toBe('close');
    expect(dueRollCallAction({ status: 'opened', opensAt: at(-5), closesAt: null }, NOW)).toBeNull();
    for (const status of ['closed', 'failed', 'missed', 'cancelled'] as const) {
      expect(dueRollCallAction({ status, opensAt: at(-30), closesAt: at(-1) }, NOW)).toBeNull();
    }
  });
});
