import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ResolutionWorkflowRepository, type ResolutionEntity } from '@civic/resolutions-data-access';
import type { ResolutionFacts, TransitionActor } from '@civic/resolutions-domain';
import type { AuthenticatedUser } from '@civic/platform';

/** Gathers what the pipeline engine needs to know about a resolution and about who is asking. */
@Injectable()
export class ResolutionFactsService {
  constructor(private readonly workflow: ResolutionWorkflowRepository) {}

  async factsOf(manager: EntityManager, row: ResolutionEntity): Promise<ResolutionFacts> {
    // One after the other: inside a transaction they share one connection anyway.
    const countyResult = await this.workflow.countyResult(manager, row.id, row.cycleYear);
    const statewideResultRecorded = await this.workflow.hasStatewideResult(manager, row.id);
    return {
      stage: row.stage,
      // Never matches an account: a resolution without an author (imported) has no author rights.
      authorId: row.authorId ?? '',
      committeeCode: row.committeeCode,
      countyResult: countyResult === null ? null : countyResult.passed ? 'passed' : 'failed',
      statewideResultRecorded,
    };
  }

  /** A person's roles, the bodies they sit on, and where they declared a conflict on this resolution. */
  async personActor(manager: EntityManager, user: AuthenticatedUser, resolutionId: string): Promise<TransitionActor> {
    const bodyCodes = await this.workflow.activeBodyCodes(manager, user.accountId);
    const conflictedBodyCodes = await this.workflow.conflictedBodyCodes(manager, resolutionId, user.accountId);
    return { kind: 'person', accountId: user.accountId, roles: user.roles, bodyCodes, conflictedBodyCodes };
  }
}
