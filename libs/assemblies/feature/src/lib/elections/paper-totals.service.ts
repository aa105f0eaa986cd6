import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import { acceptsPaperTotals, mayConfirmPaperTotals, mayEnterPaperTotals, paperTotalsToBallots, type PaperTotalsDraft } from '@civic/assemblies-domain';
import { ElectionRepository, type ElectionPaperTotalsEntity } from '@civic/assemblies-data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound, requireUuid } from '@civic/util';
import { lockedElection, wrongPhase } from './election-support';
import type { EnterPaperTotalsInput } from './election.input';

/**
 * Use cases: staff enter the totals counted off paper ballots, and a second staff member
 * confirms them. Only confirmed totals are counted at certification.
 */
@Injectable()
export class PaperTotalsService {
  constructor(private readonly elections: ElectionRepository) {}

  enter(staff: AuthenticatedUser, input: EnterPaperTotalsInput): Promise<ElectionPaperTotalsEntity> {
    const draft: PaperTotalsDraft = {
      totals: (input.totals ?? []).map((line) => ({ candidateId: line.candidateId.trim().toLowerCase(), votes: line.votes })),
      groups: (input.groups ?? []).map((group) => ({ choices: group.choices.map((choice) => choice.trim().toLowerCase()), count: group.count })),
    };
    return this.elections.transaction(async (manager) => {
      const election = await lockedElection(this.elections, manager, input.electionId, 'share');
      if (!acceptsPaperTotals(election.kind)) {
        throw new DomainError(ErrorCode.PAPER_TOTALS_NOT_ACCEPTED, 'A body’s election is electronic only: paper totals are for county meetings.', {
          electionId: election.id,
        });
      }
      if (!mayEnterPaperTotals(election.phase)) throw wrongPhase(election, 'Entering paper totals', ['voting', 'closed']);
      const candidates = await this.elections.activeCandidates(election.id, manager);
      const rules = { method: election.method, seats: election.seatsToFill, candidateIds: candidates.map((candidate) => candidate.id) };
      const checked = paperTotalsToBallots(rules, draft);
      if (!checked.ok) throw new DomainError(ErrorCode.BAD_USER_INPUT, checked.message, { field: checked.field });
      return this.elections.insertPaperTotals(manager, election.id, draft, checked.ballots, staff.accountId.toLowerCase());
    });
  }

  async confirm(staff: AuthenticatedUser, paperTotalsIdInput: string): Promise<ElectionPaperTotalsEntity> {
    const paperTotalsId = requireUuid(paperTotalsIdInput, 'paperTotalsId');
    return this.elections.transaction(async (manager) => {
      const unlocked = await this.elections.lockPaperTotals(manager, paperTotalsId);
      if (!unlocked) throw notFound('The paper totals', { paperTotalsId });
      // A certification in progress holds the election: this waits, then finds it certified.
      const election = await lockedElection(this.elections, manager, unlocked.electionId, 'share');
      if (!mayEnterPaperTotals(election.phase)) throw wrongPhase(election, 'Confirming paper totals', ['voting', 'closed']);
      const entry = unlocked;
      if (entry.confirmedBy !== null) {
        throw new DomainError(ErrorCode.CONFLICT, 'These paper totals are already confirmed.', { paperTotalsId, confirmedBy: entry.confirmedBy });
      }
      if (!mayConfirmPaperTotals(entry.enteredBy, staff.accountId)) {
        throw new DomainError(ErrorCode.SECOND_CONFIRMER_REQUIRED, 'Paper totals must be confirmed by a staff member other than the one who entered them.', {
          paperTotalsId,
        });
      }
      entry.confirmedBy = staff.accountId.toLowerCase();
      entry.confirmedAt = new Date();
      return manager.save(entry);
    });
  }
}
