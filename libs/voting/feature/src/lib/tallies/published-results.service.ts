import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PublishedResultsRepository, type QuestionnaireQuestionEntity } from '@civic/voting-data-access';
import {
  exactly,
  publicationOf,
  publishedTotals,
  snapshotsDue,
  tallyCountyQuestionResult,
  tallyStatewide,
  withheldFrom,
  type PublicTally,
  type QuestionnaireStatus,
} from '@civic/voting-domain';
import { LiveResults } from './live-results.service';

/** What the public count of a questionnaire depends on. */
export interface PublicCountOf {
  id: string;
  status: QuestionnaireStatus;
  resultsPublicationThreshold: number;
}

/**
 * The one reader of PUBLIC counts (results, open data, representation): exact once voting has
 * closed, and while it is open the published snapshots, which move per county channel only by
 * k ballots or more (voting's domain, `publication.ts`). Staff work (certification, recounts)
 * reads LiveResults.
 *
 * Snapshots are taken lazily, by readers: `advance` compares each county channel's ballots
 * with its snapshot's (one small read: counties × channels rows) and, when some are due, takes
 * them under a per-questionnaire advisory lock in one statement. So the ballot box's batches
 * do no work for publication beyond the counter its trigger keeps, readers that find nothing
 * due write nothing, and every replica reads the same snapshots from the database: two
 * readers never see two different states that differ by fewer than k ballots.
 */
@Injectable()
export class PublishedResults {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly snapshots: PublishedResultsRepository,
    private readonly live: LiveResults,
  ) {}

  /**
   * Takes the snapshots that are due; returns a stamp of what is published (online and
   * in-room), which changes whenever a snapshot is taken. Cheap when none is due.
   */
  async advance(questionnaireId: string, threshold: number): Promise<string> {
    const channels = await this.snapshots.channels(this.dataSource.manager, questionnaireId);
    if (snapshotsDue(channels, threshold).length === 0) return publicationOf(channels, threshold).stamp;
    return this.dataSource.transaction(async (manager) => {
      await this.snapshots.lock(manager, questionnaireId);
      // Read again after the lock: another reader may have taken them meanwhile.
      const due = snapshotsDue(await this.snapshots.channels(manager, questionnaireId), threshold);
      await this.snapshots.publish(manager, questionnaireId, due);
      return publicationOf(await this.snapshots.channels(manager, questionnaireId), threshold).stamp;
    });
  }

  /**
   * Each question's public count: exact unless voting is open; while open, over the published
   * snapshots and published paper, with the counties below k withheld. `advance: false` when
   * the caller has just advanced (the results cache does, for its stamp).
   */
  async tallies(
    questionnaire: PublicCountOf,
    questions: readonly QuestionnaireQuestionEntity[],
    options: { advance?: boolean } = {},
  ): Promise<Map<string, PublicTally>> {
    if (questions.length === 0) return new Map();
    if (questionnaire.status !== 'open') {
      const tallies = await this.live.tallies(questionnaire.id, questions);
      return new Map([...tallies.entries()].map(([questionId, tally]) => [questionId, exactly(tally)]));
    }
    const threshold = questionnaire.resultsPublicationThreshold;
    if (options.advance !== false) await this.advance(questionnaire.id, threshold);
    const { manager } = this.dataSource;
    const publication = publicationOf(await this.snapshots.channels(manager, questionnaire.id), threshold);
    const totals = await this.snapshots.totals(
      manager,
      questionnaire.id,
      questions.map((question) => question.id),
    );
    return new Map(
      questions.map((question) => {
        const questionTotals = publishedTotals(totals.get(question.id) ?? [], publication);
        const tally =
          question.countyCode === null
            ? tallyStatewide(question.choices, questionTotals)
            : tallyCountyQuestionResult(question.choices, question.countyCode, questionTotals);
        return [question.id, withheldFrom(tally, publication.withheld, question.countyCode)];
      }),
    );
  }
}
