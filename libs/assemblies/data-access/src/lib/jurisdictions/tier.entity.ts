import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A level of the jurisdiction tree, named by configuration (State, District, County...). */
@Entity({ name: 'tier' })
export class TierEntity {
  @PrimaryColumn('uuid')
  congressId!: string;

  @PrimaryColumn('int')
  level!: number;

  @Column('text')
  name!: string;

  @Column('text')
  pluralName!: string;
}
