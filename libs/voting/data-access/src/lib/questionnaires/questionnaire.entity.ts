import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { QuestionnaireStatus } from '@civic/voting-domain';

/** The questionnaire of one congress year. */
@Entity({ name: 'questionnaire' })
export class QuestionnaireEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('int')
  year!: number;

  @Column('text')
  status!: QuestionnaireStatus;

  /** When voting opened (or is to open). */
  @Column({ type: 'timestamptz', nullable: true })
  opensAt!: Date | null;

  /** When voting closed (or is to close). */
  @Column({ type: 'timestamptz', nullable: true })
  closesAt!: Date | null;

  /**
   * k: while voting is open, a county channel's public figures move only once this many more
   * ballots arrived there (voting's domain, publication.ts). Set while a draft.
   */
  @Column('int', { default: 10 })
  resultsPublicationThreshold!: number;

  @Column('uuid', { nullable: true })
  openedBy!: string | null;

  @Column('uuid', { nullable: true })
  closedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  certifiedAt!: Date | null;

  @Column('uuid', { nullable: true })
  certifiedBy!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
