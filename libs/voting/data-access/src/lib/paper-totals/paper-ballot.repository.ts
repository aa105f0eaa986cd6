import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { VotingChannel } from '@civic/voting-domain';

/** The outcome of handing a paper ballot to a person. */
export type PaperBallotIssue = { issued: true; issuedInCounty: number } | { issued: false; votedThrough: VotingChannel };

/**
 * Paper ballots handed out at county meetings: the person joins `questionnaire_voter`
 * (channel 'paper') and the county's count of papers issued goes up, in the caller's
 * transaction. The voter table's primary key decides "once", against online and in-room
 * ballots written concurrently too.
 */
@Injectable()
export class PaperBallotRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async issue(manager: EntityManager, questionnaireId: string, accountId: string, countyCode: string): Promise<PaperBallotIssue> {
    const inserted = (await manager.query(
      `INSERT INTO "voting"."questionnaire_voter" ("questionnaire_id", "account_id", "channel", "voted_at")
       VALUES ($1, $2, 'paper', now())
       ON CONFLICT ("questionnaire_id", "account_id") DO NOTHING
       RETURNING "account_id"`,
      [questionnaireId, accountId],
    )) as unknown[];
    if (inserted.length === 0) {
      const [existing] = (await manager.query(`SELECT "channel" FROM "voting"."questionnaire_voter" WHERE "questionnaire_id" = $1 AND "account_id" = $2`, [
        questionnaireId,
        accountId,
      ])) as Array<{ channel: VotingChannel }>;
      return { issued: false, votedThrough: existing?.channel ?? 'online' };
    }
    const [counter] = (await manager.query(
      `INSERT INTO "voting"."paper_ballot_issue" AS issue ("questionnaire_id", "county_code", "issued") VALUES ($1, $2, 1)
       ON CONFLICT ("questionnaire_id", "county_code") DO UPDATE SET "issued" = issue."issued" + 1
       RETURNING "issued"`,
      [questionnaireId, countyCode],
    )) as Array<{ issued: number }>;
    return { issued: true, issuedInCounty: counter?.issued ?? 1 };
  }

  /** How many paper ballots the county's meeting handed out on the questionnaire. */
  async issuedInCounty(questionnaireId: string, countyCode: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row] = (await manager.query(`SELECT "issued" FROM "voting"."paper_ballot_issue" WHERE "questionnaire_id" = $1 AND "county_code" = $2`, [
      questionnaireId,
      countyCode,
    ])) as Array<{ issued: number }>;
    return row?.issued ?? 0;
  }
}
