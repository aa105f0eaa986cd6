import { canonicalJson, CONFIRMATION_VALIDITY_MS, confirmationExpiry, decideConfirmation, type OpenConfirmationRequest } from './two-person-rule';

const now = new Date('2026-05-01T12:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
const request = (id: string, requestedBy: string, askedHoursAgo: number): OpenConfirmationRequest => ({
  id,
  requestedBy,
  requestedAt: hoursAgo(askedHoursAgo),
  expiresAt: confirmationExpiry(hoursAgo(askedHoursAgo)),
});
const staff = (accountId: string) => ({ accountId, roles: ['resident', 'staff'] as const });

describe('decideConfirmation', () => {
  it('lets an admin proceed at once, spending any open request for the same input', () => {
    expect(decideConfirmation({ accountId: 'root', roles: ['admin'] }, [], now)).toEqual({ kind: 'proceed', consumes: [] });
    const open = request('r1', 'ann', 1);
    expect(decideConfirmation({ accountId: 'root', roles: ['staff', 'admin'] }, [open], now)).toEqual({ kind: 'proceed', consumes: [open] });
  });

  it('records the request of a staff member nobody else asked for', () => {
    expect(decideConfirmation(staff('ann'), [], now)).toEqual({ kind: 'request' });
  });

  it('never lets a staff member confirm their own request', () => {
    expect(decideConfirmation(staff('ann'), [request('r1', 'ann', 1)], now)).toEqual({ kind: 'request' });
  });

  it('lets a second staff member confirm the oldest valid request of someone else, spending every open one', () => {
    const ann = request('r1', 'ann', 3);
    const ben = request('r2', 'ben', 1);
    const cat = request('r3', 'cat', 2);
    expect(decideConfirmation(staff('ben'), [ben, ann, cat], now)).toEqual({ kind: 'confirm', request: ann, consumes: [ben, ann, cat] });
  });

  it('ignores requests outside the validity window', () => {
    const expired = request('r1', 'ann', 25);
    expect(decideConfirmation(staff('ben'), [expired], now)).toEqual({ kind: 'request' });
    const justInside = request('r2', 'ann', 23.9);
    expect(decideConfirmation(staff('ben'), [expired, justInside], now)).toEqual({ kind: 'confirm', request: justInside, consumes: [justInside] });
    expect(decideConfirmation(staff('ben'), [{ ...justInside, expiresAt: now }], now)).toEqual({ kind: 'request' });
  });

  it('refuses anyone who is neither staff nor admin', () => {
    expect(decideConfirmation({ accountId: 'x', roles: ['resident', 'observer'] }, [request('r1', 'ann', 1)], now)).toEqual({ kind: 'forbidden' });
  });

  it('gives a request a day', () => {
    expect(CONFIRMATION_VALIDITY_MS).toBe(86_400_000);
    expect(confirmationExpiry(now).toISOString()).toBe('2026-05-02T12:00:00.000Z');
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves out undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ y: 1, x: 2 }], c: undefined } })).toBe('{"a":{"d":[{"x":2,"y":1}]},"b":1}');
    expect(canonicalJson({ reason: 'r', cancelledYear: 2027 })).toBe(canonicalJson({ cancelledYear: 2027, reason: 'r' }));
  });

  it('tells different inputs apart, order of list items included', () => {
    expect(canonicalJson({ codes: ['A', 'B'] })).not.toBe(canonicalJson({ codes: ['B', 'A'] }));
    expect(canonicalJson({ year: 2027 })).not.toBe(canonicalJson({ year: '2027' }));
    expect(canonicalJson({ a: null })).not.toBe(canonicalJson({}));
  });

  it('reads class instances (GraphQL inputs) by their own fields', () => {
    class Input {
      constructor(
        readonly year: number,
        readonly reason: string,
      ) {}
    }
    expect(canonicalJson(new Input(2027, 'r'))).toBe('{"reason":"r","year":2027}');
  });
});
