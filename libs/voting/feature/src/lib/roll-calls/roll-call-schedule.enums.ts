import { registerEnumType } from '@nestjs/graphql';
import type { RollCallScheduleStatus as RollCallScheduleStatusValue } from '@civic/voting-data-access';

export enum RollCallScheduleStatus {
  WAITING = 'waiting',
  OPENED = 'opened',
  CLOSED = 'closed',
  FAILED = 'failed',
  MISSED = 'missed',
  CANCELLED = 'cancelled',
}

registerEnumType(RollCallScheduleStatus, {
  name: 'RollCallScheduleStatus',
  description: "Where a roll call's schedule stands.",
  valuesMap: {
    WAITING: { description: 'Waiting for its opening time.' },
    OPENED: { description: 'Its roll call is open (it closes by itself at closesAt, if set).' },
    CLOSED: { description: 'Its roll call closed (on time, or earlier by hand).' },
    FAILED: { description: 'It could not open at its time (see failure): e.g. the body had no members then.' },
    MISSED: { description: 'Its whole window passed before it could open (the service was down): it was not opened, so nobody is recorded absent.' },
    CANCELLED: { description: 'Staff cancelled it before it opened.' },
  },
});

// Compile-time guard: the GraphQL enum covers exactly the stored values.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _statusesMatch: Same<`${RollCallScheduleStatus}`, RollCallScheduleStatusValue> = true;
