import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ErrorCode } from '@civic/contracts';
import { consecutiveElectedTerms, termLimitAllows } from '@civic/assemblies-domain';
import { SeatRepository } from '@civic/assemblies-data-access';
import { DomainError } from '@civic/util';
import { ConfigurationReader } from '../configuration';

/**
 * The optional term limit, checked when someone stands for a county's seats or is appointed
 * to one: with the configured limit of consecutive elected terms reached, another term now
 * would exceed it.
 */
@Injectable()
export class TermLimitCheck {
  constructor(
    private readonly seats: SeatRepository,
    private readonly configuration: ConfigurationReader,
  ) {}

  async assertMayStand(
    manager: EntityManager,
    congressId: string,
    jurisdictionId: string,
    accountId: string,
    year: number,
    who: 'you' | 'they' = 'you',
  ): Promise<void> {
    const { document } = await this.configuration.current(congressId);
    if (document.termLimit === null) return;
    const past = (await this.seats.tenuresOfAccountIn(manager, accountId, jurisdictionId)).map((tenure) => ({
      startYear: tenure.termStartYear,
      endYear: tenure.termEndYear,
      kind: tenure.startKind,
    }));
    if (!termLimitAllows(document.termLimit, past, year)) {
      throw new DomainError(
        ErrorCode.TERM_LIMIT_REACHED,
        `${who === 'you' ? 'You have' : 'The person has'} served ${consecutiveElectedTerms(past, year)} consecutive elected terms, the most the congress allows.`,
        {
          maxConsecutiveTerms: document.termLimit.maxConsecutiveTerms,
        },
      );
    }
  }
}
