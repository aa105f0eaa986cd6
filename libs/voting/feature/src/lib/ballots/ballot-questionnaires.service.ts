import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BallotRepository, QuestionnaireRepository, type QuestionnaireEntity } from '@civic/voting-data-access';
import type { BallotQuestion } from '@civic/voting-domain';

export interface BallotQuestionnaire {
  questionnaire: QuestionnaireEntity;
  questions: ReadonlyMap<string, BallotQuestion>;
  questionList: readonly BallotQuestion[];
}

/** How long a read questionnaire serves casts; the ballot box re-checks the status under lock. */
const FRESH_MS = 1_000;

/**
 * The questionnaire and its questions as casting needs them, kept for a second: in a surge
 * every cast would otherwise read the same rows. Staleness is harmless: the status is
 * checked again in the batch's transaction, and a question added since is found by reading
 * again when an answer names an unknown question.
 */
@Injectable()
export class BallotQuestionnaires {
  private readonly cache = new Map<number, { at: number; value: Promise<BallotQuestionnaire | null> }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly questionnaires: QuestionnaireRepository,
    private readonly ballots: BallotRepository,
  ) {}

  get(year: number, options: { fresh?: boolean } = {}): Promise<BallotQuestionnaire | null> {
    const cached = this.cache.get(year);
    if (cached && !options.fresh && Date.now() - cached.at < FRESH_MS) {
      // Only an open questionnaire is served from memory: one that just opened must not
      // stay "draft" for a second (the batch catches the reverse, a close, under lock).
      return cached.value.then((value) => (value?.questionnaire.status === 'open' ? value : this.get(year, { fresh: true })));
    }
    const value = this.load(year);
    this.cache.set(year, { at: Date.now(), value });
    value.catch(() => this.cache.delete(year));
    return value;
  }

  private async load(year: number): Promise<BallotQuestionnaire | null> {
    const questionnaire = await this.questionnaires.findByYear(year);
    if (!questionnaire) return null;
    // The ballot's view of the questions (no texts or backgrounds), the same read the recount uses.
    const questionList = await this.ballots.ballotQuestions(this.dataSource.manager, questionnaire.id);
    return { questionnaire, questionList, questions: new Map(questionList.map((question) => [question.id, question])) };
  }
}
