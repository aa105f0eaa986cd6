import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { badInput, refuseProblems } from '@civic/util';
import { BallotRepository, QuestionnaireRepository } from '@civic/voting-data-access';
import { normalizeReceipt, yearProblems } from '@civic/voting-domain';
import { requireJurisdictionCode } from '../jurisdictions';
import type { BallotBulletinPageType, ReceiptVerificationType } from './ballot.type';

export const BULLETIN_PAGE = { default: 500, max: 5_000 } as const;

/**
 * Use cases: the public bulletin of counted ballots (receipts only, per questionnaire and
 * county, in receipt order: never in the order they were cast) and a voter's check of one receipt.
 */
@Injectable()
export class BallotBulletinService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly questionnaires: QuestionnaireRepository,
    private readonly ballots: BallotRepository,
  ) {}

  async page(year: number, countyCode: string, first: number | null | undefined, after: string | null | undefined): Promise<BallotBulletinPageType> {
    refuseProblems(yearProblems(year));
    requireJurisdictionCode(countyCode, 'countyCode');
    const limit = first ?? BULLETIN_PAGE.default;
    if (!Number.isInteger(limit) || limit < 1 || limit > BULLETIN_PAGE.max) {
      throw badInput('first', `first is between 1 and ${BULLETIN_PAGE.max}.`);
    }
    const cursor = after ? normalizeReceipt(after) : null;
    if (after && !cursor) throw badInput('after', 'after is not a receipt.');
    const questionnaire = await this.questionnaires.findByYear(year);
    const receipts = questionnaire ? await this.ballots.bulletin(this.dataSource.manager, questionnaire.id, countyCode, cursor, limit + 1) : [];
    const page = receipts.slice(0, limit);
    return {
      year,
      countyCode,
      receipts: page,
      hasNextPage: receipts.length > limit,
      endCursor: receipts.length > limit ? (page[page.length - 1] ?? null) : null,
    };
  }

  async verify(year: number, receiptInput: string): Promise<ReceiptVerificationType> {
    refuseProblems(yearProblems(year));
    const receipt = normalizeReceipt(receiptInput);
    if (!receipt) throw badInput('receipt', 'A receipt is 12 characters, A–Z and 2–7.');
    const questionnaire = await this.questionnaires.findByYear(year);
    const found = questionnaire ? await this.ballots.findReceipt(this.dataSource.manager, questionnaire.id, receipt) : null;
    return { counted: found !== null, countyCode: found?.countyCode ?? null };
  }
}
