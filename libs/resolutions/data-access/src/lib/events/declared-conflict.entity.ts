import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A body member's declared conflict of interest on a resolution, from assemblies' events. */
@Entity({ name: 'declared_conflict' })
export class DeclaredConflictEntity {
  @PrimaryColumn('uuid')
  conflictId!: string;

  @Column('uuid')
  resolutionId!: string;

  @Column('text')
  bodyCode!: string;

  @Column('uuid')
  accountId!: string;

  @Column('text')
  displayName!: string;

  @Column('text')
  reason!: string;

  @Column('timestamptz')
  declaredAt!: Date;
}
