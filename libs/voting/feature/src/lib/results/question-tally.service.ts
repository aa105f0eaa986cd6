import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PaperTotalsRepository } from '@civic/voting-data-access';
import type { ChannelTotals } from '@civic/voting-domain';

/**
 * Gathers what every channel counted for a question, county by county. Paper totals are
 * the only channel so far; electronic votes in the room and online ballots add their
 * totals here, and the tally rules stay as they are.
 */
@Injectable()
export class QuestionTallyService {
  constructor(private readonly paper: PaperTotalsRepository) {}

  async channelTotals(manager: EntityManager, questionId: string): Promise<ChannelTotals[]> {
    const paper = await this.paper.confirmedFor(manager, questionId);
    return paper.map((row) => ({ channel: 'paper', countyCode: row.countyCode, counts: row.counts }));
  }

  /** Counties with counts entered but not yet confirmed: certifying now would silently drop them. */
  unconfirmedCounties(manager: EntityManager, questionId: string): Promise<string[]> {
    return this.paper.unconfirmedCounties(manager, questionId);
  }
}
