import { Injectable } from '@nestjs/common';

/**
 * The time submissions and edits are judged against (is the window open?) and stamped with.
 * One seam, so that specs can stand inside or outside a window without waiting for January.
 */
@Injectable()
export class SubmissionClock {
  now(): Date {
    return new Date();
  }
}
