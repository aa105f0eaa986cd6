import type { EntityManager } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { JurisdictionEntity, type ElectionEntity, type ElectionRepository } from '@civic/assemblies-data-access';
import type { ElectionPhase } from '@civic/assemblies-domain';
import { hasAnyRole, requireCountyAccess, type AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound, requireUuid } from '@civic/util';

export type ElectionLock = 'share' | 'update';

/** The election, locked for the transaction; NOT_FOUND when there is none. */
export async function lockedElection(
  elections: ElectionRepository,
  manager: EntityManager,
  electionIdInput: string,
  lock: ElectionLock,
): Promise<ElectionEntity> {
  const electionId = requireUuid(electionIdInput, 'electionId');
  const election = lock === 'update' ? await elections.findForUpdate(manager, electionId) : await elections.findForShare(manager, electionId);
  if (!election) throw notFound('The election', { electionId });
  return election;
}

/** A request that needs another phase: CONFLICT, naming the phase the election is in. */
export function wrongPhase(election: Pick<ElectionEntity, 'id' | 'phase'>, what: string, needed: readonly ElectionPhase[]): DomainError {
  return new DomainError(ErrorCode.CONFLICT, `${what} needs the election in ${needed.join(' or ')}; it is ${election.phase}.`, {
    electionId: election.id,
    phase: election.phase,
  });
}

/**
 * The election, locked, for someone who runs it: a county meeting's delegate election is run
 * by agency staff or a clerk of that county; a body's election, congress-wide, by agency
 * staff only. FORBIDDEN otherwise.
 */
export async function lockedElectionToRun(
  user: AuthenticatedUser,
  elections: ElectionRepository,
  manager: EntityManager,
  electionIdInput: string,
  lock: ElectionLock,
): Promise<ElectionEntity> {
  const election = await lockedElection(elections, manager, electionIdInput, lock);
  const county =
    election.kind === 'county-delegates' && election.jurisdictionId ? await manager.findOneByOrFail(JurisdictionEntity, { id: election.jurisdictionId }) : null;
  requireElectionAccess(user, election, county?.code ?? null);
  return election;
}

/**
 * Who runs (or, with `read`, reads the staff views of) an election: for a county meeting's
 * delegate election (`countyCode` given) agency staff or a clerk of the county; for a body's
 * election, congress-wide, agency staff only. Observers read both. FORBIDDEN otherwise.
 */
export function requireElectionAccess(
  user: AuthenticatedUser,
  election: Pick<ElectionEntity, 'id'>,
  countyCode: string | null,
  options: { read?: boolean } = {},
): void {
  if (countyCode !== null) return requireCountyAccess(user, countyCode, options);
  if (!hasAnyRole(user, options.read ? ['staff', 'admin', 'observer'] : ['staff', 'admin'])) {
    throw new DomainError(ErrorCode.FORBIDDEN, 'A body’s election is run by agency staff.', { electionId: election.id });
  }
}
