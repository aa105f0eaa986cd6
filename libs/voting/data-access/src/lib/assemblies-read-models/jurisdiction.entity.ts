import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The jurisdiction tree (region → district → county by default), from assemblies' `jurisdiction-changed` events. */
@Entity({ name: 'jurisdiction' })
export class JurisdictionEntity {
  /** Stable code (FIPS for counties). */
  @PrimaryColumn('text')
  code!: string;

  @Column('text')
  name!: string;

  /** 0 for the root; counties are the deepest tier (2 by default). */
  @Column('int')
  tierLevel!: number;

  @Column('text', { nullable: true })
  parentCode!: string | null;

  /** Removed from the tree; kept so past results keep their place. */
  @Column('boolean')
  removed!: boolean;

  /** The time of the change the row reflects; only a newer change replaces it. */
  @Column('timestamptz')
  changedAt!: Date;
}
