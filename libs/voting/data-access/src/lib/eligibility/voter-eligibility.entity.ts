import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ResidencyVerificationMethod } from '@civic/contracts';
import type { EligibilityStatus } from '@civic/voting-domain';

/** The eligibility read model: one row per account, fed by identity's residency events. */
@Entity({ name: 'voter_eligibility' })
export class VoterEligibilityEntity {
  @PrimaryColumn('uuid')
  accountId!: string;

  @Column('text')
  jurisdictionCode!: string;

  @Column('text')
  status!: EligibilityStatus;

  @Column('text', { nullable: true })
  method!: ResidencyVerificationMethod | null;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  @Column('timestamptz')
  effectiveAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column('uuid')
  lastEventId!: string;
}
