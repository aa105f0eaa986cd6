import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Who sits on which body (committees, the council, the Executive Committee), from assemblies' events. */
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

  @Column('timestamptz')
  changedAt!: Date;
}
