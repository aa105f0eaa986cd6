import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BallotRepository, PaperTotalsRepository } from '@civic/voting-data-access';
import { tallyRowsAsChannelTotals, type ChannelTotals } from '@civic/voting-domain';

/**
 * Gathers what every channel counted for a question, county by county: confirmed paper
 * totals, and the live tally of online and in-room ballots (final once voting closed).
 */
@Injectable()
export class QuestionTallyService {
  constructor(
    private readonly paper: PaperTotalsRepository,
    private readonly ballots: BallotRepository,
  ) {}

  async channelTotals(manager: EntityManager, questionId: string): Promise<ChannelTotals[]> {
    const paper = await this.paper.confirmedFor(manager, questionId);
    const electronic = tallyRowsAsChannelTotals(await this.ballots.tallyForQuestion(manager, questionId));
    return [...paper.map((row): ChannelTotals => ({ channel: 'paper', countyCode: row.countyCode, counts: row.counts })), ...electronic];
  }

  /** Counties with counts entered but not yet confirmed: certifying now would silently drop them. */
  unconfirmedCounties(manager: EntityManager, questionId: string): Promise<string[]> {
    return this.paper.unconfirmedCounties(manager, questionId);
  }
}
