import { ErrorCode } from '@civic/contracts';
import { decodeCursor, encodeCursor, pageWindow, toConnection } from './connection';

describe('connections', () => {
  it('round-trips cursors and continues after the last one', () => {
    const first = toConnection(['a', 'b'], 5, pageWindow({ first: 2 }));
    expect(first.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(1) });
    const next = pageWindow({ first: 2, after: first.pageInfo.endCursor ?? undefined });
    expect(next).toEqual({ offset: 2, limit: 2 });
    const last = toConnection(['e'], 5, { offset: 4, limit: 2 });
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(decodeCursor(last.edges[0]!.cursor)).toBe(4);
  });

  it('refuses page sizes out of range and forged cursors with BAD_USER_INPUT', () => {
    expect(() => pageWindow({ first: 0 })).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }));
    expect(() => pageWindow({ first: 101 })).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }));
    expect(() => pageWindow({ after: 'not-a-cursor' })).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }));
  });
});
