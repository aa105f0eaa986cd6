import { Module } from '@nestjs/common';
import { PaperTotalsRepository } from '@civic/voting-data-access';
import { QuestionnairesModule } from '../questionnaires';
import { ConfirmPaperTotalsService } from './confirm-paper-totals.service';
import { EnterPaperTotalsService } from './enter-paper-totals.service';
import { PaperTotalsReader } from './paper-totals-reader.service';
import { PaperTotalsResolver } from './paper-totals.resolver';

/** Paper totals: a county's staff enter the counts of its paper ballots, a second staff member confirms them. */
@Module({
  imports: [QuestionnairesModule],
  providers: [PaperTotalsRepository, PaperTotalsReader, EnterPaperTotalsService, ConfirmPaperTotalsService, PaperTotalsResolver],
  exports: [PaperTotalsRepository],
})
export class PaperTotalsModule {}
