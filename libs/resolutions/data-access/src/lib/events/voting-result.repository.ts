import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface CountyResultFact {
  resultId: string;
  resolutionId: string;
  familyId: string;
  countyCode: string;
  year: number;
  yes: number;
  no: number;
  abstain: number;
  passed: boolean;
  certifiedAt: Date;
}

export interface StatewideResultFact {
  resultId: string;
  questionId: string;
  resolutionId: string;
  year: number;
  yes: number;
  no: number;
  abstain: number;
  countiesInFavour: number;
  countiesCounted: number;
  passed: boolean;
  certifiedAt: Date;
}

/** Results certified by the voting service, as the resolutions service learned them. */
@Injectable()
export class VotingResultRepository {
  /**
   * Inserts the county result once. False when this result id is already stored (a
   * redelivery) or the resolution already has a result for that year (a recount under a
   * new id is not ours to apply twice).
   */
  async insertCountyResult(manager: EntityManager, fact: CountyResultFact): Promise<boolean> {
    const rows = (await manager.query(
      `INSERT INTO "resolutions"."county_result"
         ("result_id", "resolution_id", "family_id", "county_code", "year", "yes", "no", "abstain", "passed", "certified_at")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT DO NOTHING
       RETURNING "result_id"`,
      [fact.resultId, fact.resolutionId, fact.familyId, fact.countyCode, fact.year, fact.yes, fact.no, fact.abstain, fact.passed, fact.certifiedAt],
    )) as unknown[];
    return rows.length > 0;
  }

  async insertStatewideResult(manager: EntityManager, fact: StatewideResultFact): Promise<boolean> {
    const rows = (await manager.query(
      `INSERT INTO "resolutions"."statewide_result"
         ("result_id", "question_id", "resolution_id", "year", "yes", "no", "abstain", "counties_in_favour", "counties_counted", "passed", "certified_at")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT DO NOTHING
       RETURNING "result_id"`,
      [
        fact.resultId,
        fact.questionId,
        fact.resolutionId,
        fact.year,
        fact.yes,
        fact.no,
        fact.abstain,
        fact.countiesInFavour,
        fact.countiesCounted,
        fact.passed,
        fact.certifiedAt,
      ],
    )) as unknown[];
    return rows.length > 0;
  }

  /** The counties in which a family of resolutions passed, by congress year (the 3:2 rule's input). */
  async passedCountiesByYear(manager: EntityManager, familyId: string): Promise<Map<number, Set<string>>> {
    const rows = (await manager.query(
      `SELECT "year", array_agg(DISTINCT "county_code") AS counties
         FROM "resolutions"."county_result"
        WHERE "family_id" = $1 AND "passed"
        GROUP BY "year"`,
      [familyId],
    )) as Array<{ year: number; counties: string[] }>;
    return new Map(rows.map((row) => [row.year, new Set(row.counties)]));
  }
}
