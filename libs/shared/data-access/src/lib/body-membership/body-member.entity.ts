import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The body-membership read model: who sits on which body (committees, councils,
 * delegations, the Executive Committee), fed by assemblies' `body-membership-changed`
 * events. Each consuming service lists this entity in its datasource, whose schema decides
 * where the table lives (create it with `createBodyMemberTable`).
 */
@Entity({ name: 'body_member' })
export class BodyMemberEntity {
  @PrimaryColumn('uuid')
  membershipId!: string;

  @Column('text')
  bodyCode!: string;

  @Column('text')
  bodyName!: string;

  @Column('uuid')
  accountId!: string;

  @Column('text')
  displayName!: string;

  @Column('text', { nullable: true })
  office!: string | null;

  @Column('boolean')
  active!: boolean;

  @Column('date')
  termStart!: string;

  @Column('date')
  termEnd!: string;

  /** The time of the change the row reflects; only a newer change replaces it. */
  @Column('timestamptz')
  changedAt!: Date;
}
