import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import {
  acceptsPaperTotals,
  mayConfirmPaperTotals,
  mayEnterPaperTotals,
  mayVote,
  papersCounted,
  papersWithinIssued,
  paperTotalsToBallots,
  type PaperTotalsDraft,
} from '@civic/assemblies-domain';
import type { EntityManager } from 'typeorm';
import { ElectionRepository, type ElectionEntity, type ElectionPaperTotalsEntity } from '@civic/assemblies-data-access';
import type { AuthenticatedUser } from '@civic/platform';
import { DomainError, notFound, requireUuid } from '@civic/util';
import { lockedElectionToRun, wrongPhase } from './election-support';
import type { EnterPaperTotalsInput, IssueElectionPaperBallotInput } from './election.input';
import { ElectorateRegistry } from './electorate-registry.service';

/**
 * Use cases of a county meeting's paper ballots: staff hand one to a person checked in with a
 * vote (recorded as having voted, channel paper: once per person whatever the channel),
 * enter the totals counted off the papers, and a second staff member confirms them — never
 * more papers than were handed out. Only confirmed totals are counted at certification.
 */
@Injectable()
export class PaperTotalsService {
  constructor(
    private readonly elections: ElectionRepository,
    private readonly electorates: ElectorateRegistry,
  ) {}

  issue(staff: AuthenticatedUser, input: IssueElectionPaperBallotInput): Promise<{ electionId: string; accountId: string; paperBallotsIssued: number }> {
    const accountId = requireUuid(input.accountId, 'accountId');
    return this.elections.transaction(async (manager) => {
      // Shared, like a ballot batch: closing voting waits for this, and this sees a close.
      const election = await lockedElectionToRun(staff, this.elections, manager, input.electionId, 'share');
      refusePaper(election);
      if (!mayVote(election.phase)) throw wrongPhase(election, 'Issuing a paper ballot', ['voting']);
      const electorate = this.electorates.of(election);
      if (!(await electorate.mayVote(manager, election, accountId))) throw new DomainError(ErrorCode.NOT_ELIGIBLE, electorate.voteRule, { accountId });
      const outcome = await this.elections.issuePaperBallot(manager, election.id, accountId);
      if (!outcome.issued) {
        throw new DomainError(
          ErrorCode.ALREADY_VOTED,
          `This person has already voted in the election (${outcome.votedThrough === 'paper' ? 'on a paper ballot' : 'electronically'}): no paper ballot is issued.`,
          { electionId: election.id, channel: outcome.votedThrough },
        );
      }
      return { electionId: election.id, accountId, paperBallotsIssued: (await this.elections.turnout(election.id, manager)).paper };
    });
  }

  enter(staff: AuthenticatedUser, input: EnterPaperTotalsInput): Promise<ElectionPaperTotalsEntity> {
    const draft: PaperTotalsDraft = {
      totals: (input.totals ?? []).map((line) => ({ candidateId: line.candidateId.trim().toLowerCase(), votes: line.votes })),
      groups: (input.groups ?? []).map((group) => ({ choices: group.choices.map((choice) => choice.trim().toLowerCase()), count: group.count })),
      ...(input.papers === undefined || input.papers === null ? {} : { papers: input.papers }),
    };
    return this.elections.transaction(async (manager) => {
      const election = await lockedElectionToRun(staff, this.elections, manager, input.electionId, 'share');
      refusePaper(election);
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
      // A certification in progress holds the election: this waits, then finds it certified. For
      // update: two confirmations of one election's entries take turns, each seeing the other's papers.
      const election = await lockedElectionToRun(staff, this.elections, manager, unlocked.electionId, 'update');
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
      await this.refuseAboveIssued(manager, election, entry);
      entry.confirmedBy = staff.accountId.toLowerCase();
      entry.confirmedAt = new Date();
      return manager.save(entry);
    });
  }

  /** PAPER_TOTALS_EXCEED_ISSUED when the election's confirmed totals with this entry would count more papers than were handed out. */
  private async refuseAboveIssued(manager: EntityManager, election: ElectionEntity, entry: ElectionPaperTotalsEntity): Promise<void> {
    const rules = { method: election.method, seats: election.seatsToFill };
    const [confirmed, turnout] = await Promise.all([this.elections.confirmedPaperTotals(manager, election.id), this.elections.turnout(election.id, manager)]);
    const confirmedPapers = confirmed.reduce((sum, other) => sum + papersCounted(rules, other.entry), 0);
    const papers = papersCounted(rules, entry.entry);
    if (!papersWithinIssued(confirmedPapers, papers, turnout.paper)) {
      throw new DomainError(
        ErrorCode.PAPER_TOTALS_EXCEED_ISSUED,
        `These totals stand for ${papers} papers; with the ${confirmedPapers} already confirmed that is more than the ${turnout.paper} paper ballots issued: count the papers again.`,
        { paperTotalsId: entry.id, papers, confirmedPapers, paperBallotsIssued: turnout.paper },
      );
    }
  }
}

/** A body's election is electronic only. */
function refusePaper(election: ElectionEntity): void {
  if (!acceptsPaperTotals(election.kind)) {
    throw new DomainError(ErrorCode.PAPER_TOTALS_NOT_ACCEPTED, 'A body’s election is electronic only: paper ballots are for county meetings.', {
      electionId: election.id,
    });
  }
}
