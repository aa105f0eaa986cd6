import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { BodyRepository, type BodyEntity, type BodyMembershipEntity, type DelegateInOffice } from '@civic/assemblies-data-access';
import { DomainError } from '@civic/util';
import { BodyMembershipBasis, type BodyMembershipEndReason, type BodyOfficeValue } from './body.enums';
import type { BodyMembershipType } from './body.type';

/**
 * Who belongs to a body. A county delegation's members are the county's delegates in
 * office (a view over the seats, so a resignation or appointment shows at once), with the
 * chair and vice-chair from stored offices; every other body keeps stored memberships.
 */
@Injectable()
export class BodyMembers {
  constructor(private readonly bodies: BodyRepository) {}

  async membersOf(body: BodyEntity, today: string, manager?: EntityManager): Promise<BodyMembershipType[]> {
    const stored = (await this.bodies.currentMemberships(body.id, today, manager)).map(fromStored);
    if (body.kind !== 'county-delegation') return stored;
    const countyId = requireCounty(body);
    const officeOf = new Map(stored.map((row) => [row.accountId, row.office]));
    return (await this.bodies.delegatesOfCounty(countyId, manager)).map((delegate) => fromSeat(body.id, delegate, officeOf.get(delegate.accountId) ?? null));
  }

  /** The member's name when the person is a current member of the body; null otherwise. */
  async memberName(manager: EntityManager, body: BodyEntity, accountId: string, today: string): Promise<string | null> {
    if (body.kind === 'county-delegation') {
      const countyId = requireCounty(body);
      const delegate = (await this.bodies.delegatesOfCounty(countyId, manager)).find((row) => row.accountId === accountId);
      return delegate?.displayName ?? null;
    }
    return (await this.bodies.isCurrentMember(manager, body.id, accountId, today))?.displayName ?? null;
  }
}

function requireCounty(body: BodyEntity): string {
  if (!body.jurisdictionId) throw new DomainError(ErrorCode.INTERNAL_SERVER_ERROR, 'A county delegation without a county.');
  return body.jurisdictionId;
}

export function fromStored(row: BodyMembershipEntity): BodyMembershipType {
  return {
    id: row.id,
    accountId: row.accountId,
    bodyId: row.bodyId,
    displayName: row.displayName,
    office: row.office as BodyOfficeValue | null,
    countyCode: row.countyCode,
    districtCode: row.districtCode,
    termStart: row.termStart,
    termEnd: row.termEnd,
    basis: row.startKind === 'elected' ? BodyMembershipBasis.ELECTED : BodyMembershipBasis.ASSIGNED,
    endedAt: row.endedAt,
    endReason: row.endReason as BodyMembershipEndReason | null,
  };
}

export function fromSeat(bodyId: string, delegate: DelegateInOffice, office: BodyOfficeValue | null): BodyMembershipType {
  return {
    id: delegate.tenureId,
    accountId: delegate.accountId,
    bodyId,
    displayName: delegate.displayName,
    office,
    countyCode: delegate.countyCode,
    districtCode: delegate.districtCode,
    termStart: delegate.termStart,
    termEnd: delegate.termEnd,
    basis: BodyMembershipBasis.SEAT,
    endedAt: null,
    endReason: null,
  };
}
