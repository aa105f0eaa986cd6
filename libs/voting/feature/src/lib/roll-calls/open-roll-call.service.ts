import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@civic/platform';
import { RollCallRepository } from '@civic/voting-data-access';
import { RollCallOpener } from './roll-call-opener.service';
import { RollCallReader } from './roll-call-reader.service';
import { RollCallScheduleService } from './roll-call-schedule.service';
import type { OpenRollCallInput } from './roll-call.input';
import type { RollCallType } from './roll-call.type';

/**
 * Use case: staff open a roll call of the convention or a body. Its electorate is the body's
 * members at this moment, copied with their counties, so seats that change while the roll
 * call runs do not change who votes on it. With `closesAt`, it also closes by itself then.
 */
@Injectable()
export class OpenRollCallService {
  constructor(
    private readonly rollCalls: RollCallRepository,
    private readonly opener: RollCallOpener,
    private readonly schedules: RollCallScheduleService,
    private readonly reader: RollCallReader,
  ) {}

  async open(staff: AuthenticatedUser, input: OpenRollCallInput): Promise<RollCallType> {
    const motion = this.opener.checkMotion(input);
    const closesAt = input.closesAt ?? null;
    if (closesAt !== null) this.schedules.checkClosing(closesAt);
    const { opened, closing } = await this.rollCalls.transaction(async (manager) => {
      const rollCall = await this.opener.open(manager, motion, staff.accountId);
      const scheduleId = closesAt === null ? null : await this.schedules.setClosingIn(manager, rollCall.id, closesAt, staff.accountId);
      return { opened: await this.reader.load(rollCall.id, manager), closing: scheduleId };
    });
    if (closing !== null && closesAt !== null) this.schedules.enqueue(closing, 'close', closesAt);
    return opened;
  }
}
