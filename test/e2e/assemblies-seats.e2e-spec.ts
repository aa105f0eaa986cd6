import { demoAccountId, demoDelegateEmail, ErrorCode } from '@civic/contracts';
import { gql } from '../support';

/** Who represents a county, and until when, through the gateway against the seeded demo. */
describe('seats and delegates in the demo', () => {
  it('has Wisconsin’s 360 seats, all filled', async () => {
    const { body } = await gql<{ seatCounts: { seats: number; filled: number; vacant: number }; delegatesInOffice: { totalCount: number } }>(
      '{ seatCounts { seats filled vacant } delegatesInOffice(first: 1) { totalCount } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.seatCounts).toEqual({ seats: 360, filled: 360, vacant: 0 });
    expect(body.data?.delegatesInOffice.totalCount).toBe(360);
  });

  it('shows a county’s public roster: 5 seats with holders and term ends', async () => {
    const { body } = await gql<{
      jurisdiction: {
        name: string;
        seats: Array<{
          number: number;
          classCode: string;
          termEnds: string;
          seatClass: { termYears: number };
          holder: { displayName: string; termStart: string; termEnd: string; account: { id: string } };
        }>;
      };
    }>(
      `{ jurisdiction(code: "55025") { name seats { number classCode termEnds seatClass { termYears } holder { displayName termStart termEnd account { id } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const seats = body.data?.jurisdiction.seats ?? [];
    expect(seats.map((seat) => seat.number)).toEqual([1, 2, 3, 4, 5]);
    expect(seats.map((seat) => seat.seatClass.termYears).sort()).toEqual([2, 2, 3, 3, 3]);
    const today = new Date().toISOString().slice(0, 10);
    for (const seat of seats) {
      expect(seat.holder.account.id).toBe(demoAccountId(demoDelegateEmail('55025', seat.number)));
      expect(seat.holder.displayName).toMatch(/Dane.*Delegate/);
      expect(seat.termEnds).toBe(seat.holder.termEnd);
      expect(seat.holder.termStart <= today && today < seat.holder.termEnd).toBe(true);
    }
    // Staggered: the five terms end on two or three different meeting days.
    expect(new Set(seats.map((seat) => seat.termEnds)).size).toBeGreaterThanOrEqual(2);
  });

  it('refuses a configuration change without a staff token, with a typed error', async () => {
    const { body } = await gql(`mutation { updateTermLimit(input: { maxConsecutiveTerms: 2, reason: "test" }) { version } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
  });
});
