import { Injectable, Logger } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError } from '@civic/util';
import { toResolutionType } from '../resolutions';
import type { BulkTransitionItemType } from './bulk-transition.type';
import type { BulkTransitionResolutionsInput } from './transition.input';
import { TransitionResolutionService } from './transition-resolution.service';

export const MAX_BULK_TRANSITIONS = 200;

/**
 * The staff console's bulk action: the same transition on many resolutions, each in its own
 * transaction, so one refusal (or a lost race) does not hold back the rest.
 */
@Injectable()
export class BulkTransitionService {
  private readonly logger = new Logger(BulkTransitionService.name);

  constructor(private readonly transitions: TransitionResolutionService) {}

  async transitionAll(user: AuthenticatedUser, input: BulkTransitionResolutionsInput): Promise<BulkTransitionItemType[]> {
    if (input.resolutionIds.length === 0 || input.resolutionIds.length > MAX_BULK_TRANSITIONS) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `resolutionIds must list 1–${MAX_BULK_TRANSITIONS} resolutions.`, {
        field: 'resolutionIds',
        max: MAX_BULK_TRANSITIONS,
      });
    }
    if (new Set(input.resolutionIds.map((id) => id.toLowerCase())).size !== input.resolutionIds.length) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'resolutionIds lists a resolution more than once.', { field: 'resolutionIds' });
    }
    const items: BulkTransitionItemType[] = [];
    for (const resolutionId of input.resolutionIds) {
      try {
        const row = await this.transitions.transition(
          { kind: 'person', user },
          {
            resolutionId,
            transition: input.transition,
            reason: input.reason ?? null,
            notes: input.notes ?? null,
            committeeCode: input.committeeCode ?? null,
            decideBy: input.decideBy ?? null,
          },
        );
        items.push({ resolutionId, ok: true, errorCode: null, message: null, resolution: toResolutionType(row) });
      } catch (error) {
        items.push({ resolutionId, ok: false, resolution: null, ...this.refusal(error, resolutionId) });
      }
    }
    return items;
  }

  private refusal(error: unknown, resolutionId: string): { errorCode: string; message: string } {
    if (error instanceof DomainError) return { errorCode: error.code, message: error.message };
    this.logger.error({ err: error, resolutionId }, 'bulk transition failed');
    return { errorCode: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Something went wrong on our side. It has been logged; please try again.' };
  }
}
