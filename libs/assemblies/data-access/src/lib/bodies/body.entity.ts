import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BodyKind } from '@civic/assemblies-domain';

/** A body of the congress; a county delegation names its county (its members are the county's delegates in office). */
@Entity({ name: 'body' })
export class BodyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  congressId!: string;

  @Column('text')
  kind!: BodyKind;

  @Column('text')
  code!: string;

  @Column('text')
  name!: string;

  @Column('uuid', { nullable: true })
  jurisdictionId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
