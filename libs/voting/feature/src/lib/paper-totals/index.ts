export * from './paper-totals.module';
export { ConfirmPaperTotalsService } from './confirm-paper-totals.service';
export { EnterPaperTotalsService } from './enter-paper-totals.service';
export { PaperTotalsReader } from './paper-totals-reader.service';
export { PaperTotalsResolver } from './paper-totals.resolver';
export { IssuePaperBallotService } from './issue-paper-ballot.service';
export { PaperBallotResolver } from './paper-ballot.resolver';
