import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import { mayEndTenure, validateReason } from '@civic/assemblies-domain';
import { appendDelegateSeatChanges, SeatRepository, TenureEntity } from '@civic/assemblies-data-access';
import { hasAnyRole, type AuthenticatedUser } from '@civic/platform';
import { badInput, DomainError, requireUuid } from '@civic/util';

/** Resignation (by the delegate or staff) and removal (by staff): the seat becomes vacant. */
@Injectable()
export class TenureEndingService {
  constructor(private readonly seats: SeatRepository) {}

  end(tenureIdInput: string, reason: 'resigned' | 'removed', note: string, caller: AuthenticatedUser): Promise<TenureEntity> {
    const tenureId = requireUuid(tenureIdInput, 'tenureId');
    const problems = validateReason(note);
    if (problems.length > 0) throw badInput('reason', problems.join('; '));
    return this.seats.transaction(async (manager) => {
      const tenure = await this.seats.lockTenure(manager, tenureId);
      if (!tenure) throw new DomainError(ErrorCode.NOT_FOUND, 'No tenure has that id.', { field: 'tenureId' });
      const isStaff = hasAnyRole(caller, ['staff', 'admin']);
      if (!mayEndTenure(reason, { accountId: caller.accountId, isStaff }, tenure.accountId)) {
        throw new DomainError(
          ErrorCode.FORBIDDEN,
          reason === 'resigned' ? 'Only the delegate or staff may resign this seat.' : 'Only staff may remove a delegate.',
        );
      }
      if (tenure.endedAt) throw new DomainError(ErrorCode.TENURE_ENDED, 'This tenure has already ended.', { endReason: tenure.endReason });
      tenure.endedAt = new Date();
      tenure.endReason = reason;
      tenure.endNote = note.trim();
      tenure.endedBy = caller.accountId;
      const ended = await manager.save(TenureEntity, tenure);
      await appendDelegateSeatChanges(manager, [ended.id]);
      return ended;
    });
  }
}
