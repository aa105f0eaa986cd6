import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@civic/contracts';
import { SubmissionRepository } from '@civic/resolutions-data-access';
import { characterCount, DomainError } from '@civic/util';
import { toResolutionType } from '../resolutions';
import type { SimilarResolutionType } from './resolution-submission.type';

export const DEFAULT_SIMILAR_LIMIT = 5;
const MAX_SIMILAR_LIMIT = 20;
/** Longest text the public query ranks (a resolution is at most a few thousand characters). */
const MAX_QUERY_TEXT = 10_000;
/**
 * ts_rank of an OR-query averages over its terms: near-duplicates score about 0.3–0.5,
 * texts sharing one common word ("state", "deer") below 0.1.
 */
export const SIMILARITY_THRESHOLD = 0.1;

/** Finds existing resolutions like a text (PostgreSQL full text over titles and texts). */
@Injectable()
export class SimilarResolutionsService {
  constructor(private readonly submissions: SubmissionRepository) {}

  async similarTo(text: string, options: { excludeId?: string | null; limit?: number | null } = {}): Promise<SimilarResolutionType[]> {
    const limit = options.limit ?? DEFAULT_SIMILAR_LIMIT;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SIMILAR_LIMIT) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `limit must be between 1 and ${MAX_SIMILAR_LIMIT}.`, { field: 'limit' });
    }
    if (characterCount(text) > MAX_QUERY_TEXT) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `text must be at most ${MAX_QUERY_TEXT} characters.`, { field: 'text' });
    }
    if (text.trim().length === 0) return [];
    const matches = await this.submissions.findSimilar({ text, excludeId: options.excludeId ?? null, limit, minScore: SIMILARITY_THRESHOLD });
    return matches.map((match) => ({ resolution: toResolutionType(match.resolution), score: Math.round(match.score * 10_000) / 10_000 }));
  }
}
