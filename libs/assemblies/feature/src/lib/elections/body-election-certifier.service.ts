import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ErrorCode, type BodyElectionCertifiedPayload } from '@civic/contracts';
import { calendarDateOf, countElection, electionCountInput, membershipsReplaced, planBodyElection, type BodyElectionKind } from '@civic/assemblies-domain';
import { BodyRepository, ElectionRepository, JurisdictionEntity, type ElectionEntity } from '@civic/assemblies-data-access';
import { appendToOutbox } from '@civic/data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError } from '@civic/util';
import { BodyMembershipService } from '../bodies';

/**
 * Certifies a body's election inside the certification transaction (the election is
 * already write-locked and closed). The count is the delegate elections' engine; for the
 * council, candidates are grouped by their county and the count elects at most one per
 * county. Then, under the body's lock:
 *  1. the memberships the result replaces end as completed (`membershipsReplaced`: the
 *     office's holder, or the district's council members, whoever seeded or assigned them;
 *     and any other office a winner held in the body);
 *  2. an officer who leaves the council also leaves the Executive Committee (its officers
 *     must sit on the council);
 *  3. each winner is seated through `BodyMembershipService.fill` (the body rules apply;
 *     a winner who no longer qualifies, say no longer a delegate, fails the certification
 *     with that rule's code and nothing changes) for a one-year term from the day of
 *     certification;
 *  4. `assemblies.body-election-certified` goes to the outbox.
 */
@Injectable()
export class BodyElectionCertifier {
  constructor(
    private readonly elections: ElectionRepository,
    private readonly bodies: BodyRepository,
    private readonly memberships: BodyMembershipService,
  ) {}

  async certifyLocked(manager: EntityManager, election: ElectionEntity, staff: AuthenticatedUser, seed: string, now = new Date()): Promise<ElectionEntity> {
    const kind = election.kind as BodyElectionKind;
    const planning = planBodyElection(kind, election.office);
    if (!planning.ok || !election.bodyId) throw new Error(`body election ${election.id} is malformed`);
    const { plan } = planning;
    const candidates = await this.elections.activeCandidates(election.id, manager);
    const result = countElection(
      election.method,
      electionCountInput({
        seats: election.seatsToFill,
        candidates: candidates.map((candidate) => ({ id: candidate.id, group: plan.oneElectedPerGroup ? candidate.groupCode : null })),
        electronic: await this.elections.electronicBallots(manager, election.id),
        confirmedPaper: [],
        seed,
        oneElectedPerGroup: plan.oneElectedPerGroup,
      }),
    );
    const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
    const winners = result.elected.map((id) => {
      const winner = byId.get(id);
      if (!winner) throw new Error(`the count elected unknown candidate ${id}`);
      return winner;
    });

    const today = calendarDateOf(now);
    const body = await this.bodies.lockBody(manager, election.bodyId);
    if (!body) throw new DomainError(ErrorCode.NOT_FOUND, 'The body of this election no longer exists.', { electionId: election.id });
    await this.bodies.closeExpired(manager, body.id, today);
    const jurisdiction = election.jurisdictionId ? await manager.findOneBy(JurisdictionEntity, { id: election.jurisdictionId }) : null;
    const held = await this.bodies.currentMemberships(body.id, today, manager);
    const ended = membershipsReplaced(
      { kind, office: election.office, districtCode: kind === 'council-members' ? (jurisdiction?.code ?? null) : null },
      held,
      winners.map((winner) => winner.accountId),
    );
    await this.bodies.endReplacedMemberships(manager, ended, staff.accountId);

    if (kind === 'council-members') {
      const leaving = new Set(held.filter((membership) => ended.includes(membership.id)).map((membership) => membership.accountId));
      for (const winner of winners) leaving.delete(winner.accountId);
      const executive = await this.bodies.findBodyOfKind(manager, body.congressId, 'executive-committee');
      if (executive && leaving.size > 0) {
        await this.bodies.lockBody(manager, executive.id);
        const officers = await this.bodies.currentMemberships(executive.id, today, manager);
        const gone = officers.filter((officer) => leaving.has(officer.accountId)).map((officer) => officer.id);
        await this.bodies.endReplacedMemberships(manager, gone, staff.accountId);
        ended.push(...gone);
      }
    }

    const seated = [];
    for (const winner of winners) {
      seated.push(
        await this.memberships.fill(
          manager,
          {
            bodyId: body.id,
            accountId: winner.accountId,
            office: election.office,
            displayName: winner.displayName,
            termStart: today,
            source: { kind: 'elected', electionRef: election.id, by: staff.accountId },
          },
          today,
        ),
      );
    }

    const changes = { phase: 'certified' as const, result, seating: [], certifiedAt: now, certifiedBy: staff.accountId };
    await this.elections.update(manager, election.id, changes);
    const payload: BodyElectionCertifiedPayload = {
      electionId: election.id,
      kind,
      bodyCode: body.code,
      office: election.office,
      jurisdictionCode: jurisdiction?.code ?? null,
      year: election.year,
      method: election.method,
      seed,
      certifiedAt: now.toISOString(),
      certifiedBy: staff.accountId,
      elected: seated.map((membership) => ({
        accountId: membership.accountId,
        displayName: membership.displayName,
        membershipId: membership.id,
        office: membership.office,
        countyCode: membership.countyCode,
        termStart: membership.termStart,
        termEnd: membership.termEnd,
      })),
      ended,
    };
    await appendToOutbox(manager, 'assemblies.body-election-certified', payload);
    return { ...election, ...changes };
  }
}
