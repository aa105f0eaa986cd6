import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A federated congress (one per deployment today; the schema allows several). */
@Entity({ name: 'congress' })
export class CongressEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { unique: true })
  slug!: string;

  @Column('text')
  name!: string;

  @Column('text')
  shortName!: string;

  /** IANA time zone in which the congress's calendar (meeting dates, deadlines) is kept. */
  @Column('text')
  timeZone!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
