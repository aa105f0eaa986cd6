import { Injectable } from '@nestjs/common';
import { refuseProblems } from '@civic/util';
import { RollCallRepository } from '@civic/voting-data-access';
import { agreementRate, bodyCodeProblems, yearProblems } from '@civic/voting-domain';
import { CountyPublicResults } from './county-public-results.service';
import type { BodyRepresentationType, MemberRepresentationType } from './representation.type';
import { representationOf } from './roll-call-representation.service';

/**
 * Use case (public): a body's agreement with the public it represents in a year — over its
 * closed roll calls linked to a questionnaire question, the share of its members' yes / no
 * votes that matched their own county's majority on that question.
 */
@Injectable()
export class BodyRepresentationService {
  constructor(
    private readonly rollCalls: RollCallRepository,
    private readonly publicResults: CountyPublicResults,
  ) {}

  async forBody(bodyCodeInput: string, year: number): Promise<BodyRepresentationType> {
    const bodyCode = bodyCodeInput.trim();
    refuseProblems([...bodyCodeProblems(bodyCode), ...yearProblems(year)]);
    const rollCalls = (await this.rollCalls.list({ bodyCode, year, status: 'closed' })).filter((rollCall) => rollCall.questionId !== null);
    const members = await this.rollCalls.members(rollCalls.map((rollCall) => rollCall.id));
    const publicResults = await this.publicResults.forQuestions(rollCalls.map((rollCall) => rollCall.questionId ?? ''));

    const byMember = new Map<string, { member: MemberRepresentationType; agreements: Array<boolean | null> }>();
    const all: Array<boolean | null> = [];
    const perRollCall = rollCalls.map((rollCall) => {
      const questionId = rollCall.questionId ?? '';
      const publicResult = publicResults.get(questionId);
      const agreements = members
        .filter((member) => member.rollCallId === rollCall.id)
        .map((member) => {
          const agrees = representationOf(member, publicResult).agrees;
          const entry = byMember.get(member.accountId) ?? {
            member: { account: { id: member.accountId }, displayName: member.displayName, countyCode: member.countyCode, agreement: agreementRate([]) },
            agreements: [],
          };
          entry.agreements.push(agrees);
          byMember.set(member.accountId, entry);
          return agrees;
        });
      all.push(...agreements);
      return {
        rollCallId: rollCall.id,
        title: rollCall.title,
        questionId,
        publicResultCertified: publicResult?.certified ?? false,
        agreement: agreementRate(agreements),
      };
    });

    const memberRates = [...byMember.values()]
      .map(({ member, agreements }) => ({ ...member, agreement: agreementRate(agreements) }))
      .sort(
        (a, b) =>
          (a.countyCode ?? '\uffff').localeCompare(b.countyCode ?? '\uffff') ||
          a.displayName.localeCompare(b.displayName) ||
          a.account.id.localeCompare(b.account.id),
      );
    return { bodyCode, year, agreement: agreementRate(all), rollCalls: perRollCall, members: memberRates };
  }
}
