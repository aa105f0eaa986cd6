import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { refuseProblems, requireUuid } from '@civic/util';
import {
  BallotRepository,
  QuestionnaireRepository,
  QuestionResultRepository,
  type CountyResultEntity,
  type QuestionnaireQuestionEntity,
  type ResultsVersion,
} from '@civic/voting-data-access';
import { tallyByDistrict, yearProblems, type CountyTally, type PublicTally } from '@civic/voting-domain';
import { toQuestionType } from '../questionnaires';
import { PublishedResults, toTallyCounts } from '../tallies';
import { toLiveResult, toQuestionResultType, type QuestionResultType } from './question-result.type';
import { VersionedCache } from './results-cache';

/**
 * How old the results of an open questionnaire may be when served (the issue allows two
 * seconds). Each read first asks the database for the results' version (one indexed row:
 * status, threshold, questions, confirmed paper totals, certifications, districts), so
 * anything but a ballot shows at once; a published snapshot shows within this time. Past half
 * of it, a read takes the snapshots that are due (PublishedResults.advance: one small read
 * when none is) and starts the next count in the background, or only confirms the cached one
 * when the publication's stamp shows no new snapshot.
 */
export const OPEN_RESULTS_MAX_AGE_MS = 1_000;

/** Cached result sets: a year's (about 3 MB for 50 questions × 72 counties) or a question's. */
const CACHED_RESULT_SETS = 64;

/**
 * Public reads of results: certified ones, and live ones until then (once voting opened) —
 * while voting is open, the published snapshots that cannot isolate a ballot
 * (PublishedResults), exact once it closed. However many people read them, results are
 * counted per questionnaire and scope at most twice a second while voting is open (and only
 * when a snapshot was taken), and once per change after it closed: readers share the cached
 * result or the one computation under way.
 */
@Injectable()
export class ResultReader {
  private readonly logger = new Logger(ResultReader.name);
  private readonly cache = new VersionedCache<QuestionResultType[]>({
    capacity: CACHED_RESULT_SETS,
    onRefreshError: (key, error) => this.logger.warn(`results ${key} not refreshed: ${error instanceof Error ? error.message : String(error)}`),
  });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly questionnaires: QuestionnaireRepository,
    private readonly results: QuestionResultRepository,
    private readonly published: PublishedResults,
    private readonly ballots: BallotRepository,
  ) {}

  /** Every question's result of the year, in questionnaire order: certified, else live (none while a draft). */
  async forYear(year: number): Promise<QuestionResultType[]> {
    refuseProblems(yearProblems(year));
    const version = await this.questionnaires.resultsVersion({ year });
    if (!version) return [];
    return this.cached(version, 'all', async () => {
      const questions = await this.questionnaires.questions(version.questionnaireId);
      return this.compute(version, questions);
    });
  }

  /** The certified result, else the live one; null for an unknown question or while its questionnaire is a draft. */
  async forQuestion(questionIdInput: string): Promise<QuestionResultType | null> {
    const questionId = requireUuid(questionIdInput, 'questionId');
    const version = await this.questionnaires.resultsVersion({ questionId });
    if (!version) return null;
    const [result] = await this.cached(version, { questionId }, async () => {
      const question = await this.questionnaires.findQuestion(questionId);
      return this.compute(version, question ? [question] : []);
    });
    return result ?? null;
  }

  /** Per questionnaire and scope (all questions, or one): never one questionnaire's or scope's results for another. */
  private cached(version: ResultsVersion, scope: 'all' | { questionId: string }, compute: () => Promise<QuestionResultType[]>): Promise<QuestionResultType[]> {
    const questionId = scope === 'all' ? undefined : scope.questionId;
    // Only an open questionnaire takes ballots (the ballot box checks under the questionnaire's
    // lock), and only its published snapshots move; the stamp takes those that are due first.
    const freshness =
      version.status === 'open'
        ? { maxAgeMs: OPEN_RESULTS_MAX_AGE_MS, stamp: () => this.published.advance(version.questionnaireId, version.resultsPublicationThreshold) }
        : null;
    return this.cache.get(`${version.questionnaireId}/${questionId ?? 'all'}`, version.version, compute, freshness);
  }

  /** The questions' results in the order given: certified ones as stored, the others counted now; with districts. */
  private async compute(version: ResultsVersion, questions: readonly QuestionnaireQuestionEntity[]): Promise<QuestionResultType[]> {
    const questionnaire = await this.questionnaires.findById(version.questionnaireId);
    if (!questionnaire || questionnaire.status === 'draft' || questions.length === 0) return [];
    const certified = new Map((await this.results.forQuestions(questions.map((question) => question.id))).map((result) => [result.questionId, result]));
    const countiesOf = new Map<string, CountyResultEntity[]>();
    for (const county of await this.results.counties([...certified.values()].map((result) => result.id))) {
      countiesOf.set(county.resultId, [...(countiesOf.get(county.resultId) ?? []), county]);
    }
    // The cache's stamp has just taken the snapshots that were due.
    const tallies = await this.published.tallies(
      questionnaire,
      questions.filter((question) => !certified.has(question.id)),
      { advance: false },
    );
    const threshold = questionnaire.resultsPublicationThreshold;
    const results = questions.map((question) => {
      const type = toQuestionType(question, questionnaire.year);
      const result = certified.get(question.id);
      return result
        ? toQuestionResultType(type, result, countiesOf.get(result.id) ?? [], threshold)
        : toLiveResult(type, tallies.get(question.id) as PublicTally, threshold);
    });
    return this.withDistricts(results);
  }

  /**
   * Adds the district breakdown from the jurisdiction tree (assemblies' read model): sums of
   * the counties' figures as shown, so withheld counties count for nothing.
   */
  private async withDistricts(results: QuestionResultType[]): Promise<QuestionResultType[]> {
    const countyCodes = [...new Set(results.flatMap((result) => result.counties.map((county) => county.countyCode)))];
    const districtOf = await this.ballots.districtsOf(this.dataSource.manager, countyCodes);
    return results.map((result) => {
      const { choices } = result.question;
      const counties: CountyTally[] = result.counties.flatMap((county) =>
        county.belowThreshold || !county.counts
          ? []
          : [
              {
                countyCode: county.countyCode,
                counts: Object.fromEntries(county.counts.map((entry) => [entry.choice, entry.count])),
                byChannel: {},
                inFavour: county.inFavour,
              },
            ],
      );
      const districts = tallyByDistrict(choices, counties, districtOf).map((district) => ({
        districtCode: district.districtCode,
        district: { code: district.districtCode },
        ...toTallyCounts(choices, district.counts),
        countiesInFavour: district.countiesInFavour,
        countiesCounted: district.countiesCounted,
        inFavour: district.inFavour,
      }));
      return { ...result, districts };
    });
  }
}
