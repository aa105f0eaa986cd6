import { Module } from '@nestjs/common';
import { PaperBallotRepository, PaperTotalsRepository } from '@civic/voting-data-access';
import { BallotsModule } from '../ballots';
import { QuestionnairesModule } from '../questionnaires';
import { ConfirmPaperTotalsService } from './confirm-paper-totals.service';
import { EnterPaperTotalsService } from './enter-paper-totals.service';
import { IssuePaperBallotService } from './issue-paper-ballot.service';
import { PaperBallotResolver } from './paper-ballot.resolver';
import { PaperTotalsReader } from './paper-totals-reader.service';
import { PaperTotalsResolver } from './paper-totals.resolver';

/**
 * Paper ballots: a county's staff hand them to checked-in attendees, enter the counts marked on
 * them, and a second staff member confirms those — never more than the papers handed out.
 */
@Module({
  imports: [QuestionnairesModule, BallotsModule],
  providers: [
    PaperTotalsRepository,
    PaperBallotRepository,
    PaperTotalsReader,
    IssuePaperBallotService,
    EnterPaperTotalsService,
    ConfirmPaperTotalsService,
    PaperBallotResolver,
    PaperTotalsResolver,
  ],
  exports: [PaperTotalsRepository],
})
export class PaperTotalsModule {}
