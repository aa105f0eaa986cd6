import type { EntityManager } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import type { ElectionEntity, ElectionRepository } from '@civic/assemblies-data-access';
import type { ElectionPhase } from '@civic/assemblies-domain';
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
