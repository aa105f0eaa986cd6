import type { EntityManager } from 'typeorm';
import type { ElectionEntity } from '@civic/assemblies-data-access';

/**
 * Who may stand and vote in an election. Each election names its electorate kind; the
 * election use cases (nominate, vote, certify) ask the electorate and stay the same for
 * county meetings and bodies.
 */
export interface ElectionElectorate {
  /** Said in the NOT_ELIGIBLE refusals. */
  readonly standRule: string;
  readonly voteRule: string;
  mayStand(manager: EntityManager, election: ElectionEntity, accountId: string): Promise<boolean>;
  mayVote(manager: EntityManager, election: ElectionEntity, accountId: string): Promise<boolean>;
  /** The candidate's group for "at most one elected per group" (a council candidate's county); null when ungrouped. */
  groupOf(manager: EntityManager, election: ElectionEntity, accountId: string): Promise<string | null>;
}
