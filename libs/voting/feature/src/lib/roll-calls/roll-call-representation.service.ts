import { Injectable } from '@nestjs/common';
import { notFound, requireUuid } from '@civic/util';
import type { RollCallMemberEntity } from '@civic/voting-data-access';
import { RollCallRepository } from '@civic/voting-data-access';
import { agreementRate, agreesWithPublic, countyPosition } from '@civic/voting-domain';
import { CountyPublicResults, type CountyPublicResult } from './county-public-results.service';
import type { DelegateRepresentationType, RollCallRepresentationType } from './representation.type';
import { RollCallReader } from './roll-call-reader.service';
import type { PublicPosition, RollCallChoice } from './roll-call.enums';

/** A member's vote beside their county's public answer (shared with the body's rate). */
export function representationOf(member: RollCallMemberEntity, publicResult: CountyPublicResult | undefined): DelegateRepresentationType {
  const counts = (member.countyCode !== null && publicResult?.counties.get(member.countyCode)) || { yes: 0, no: 0, abstain: 0 };
  const majority = countyPosition(counts);
  return {
    account: { id: member.accountId },
    displayName: member.displayName,
    countyCode: member.countyCode,
    county: member.countyCode === null ? null : { code: member.countyCode },
    choice: member.choice as RollCallChoice | null,
    conflict: member.conflictReason !== null,
    countyYes: counts.yes,
    countyNo: counts.no,
    countyAbstain: counts.abstain,
    countyMajority: majority as PublicPosition | null,
    agrees: agreesWithPublic(member.choice, majority),
  };
}

/** Use case (public): a roll call on a questionnaire question compared with each member's county. */
@Injectable()
export class RollCallRepresentationService {
  constructor(
    private readonly rollCalls: RollCallRepository,
    private readonly publicResults: CountyPublicResults,
    private readonly reader: RollCallReader,
  ) {}

  /** Null for a roll call not linked to a question: there is no public vote to compare with. */
  async forRollCall(idInput: string): Promise<RollCallRepresentationType | null> {
    const id = requireUuid(idInput, 'rollCallId');
    const rollCall = await this.rollCalls.findById(id);
    if (!rollCall) throw notFound('The roll call', { rollCallId: id });
    if (rollCall.questionId === null) return null;
    const question = await this.reader.question(rollCall.questionId);
    if (!question) throw new Error(`roll call ${id} names question ${rollCall.questionId}, which does not exist`);
    const publicResult = (await this.publicResults.forQuestions([rollCall.questionId])).get(rollCall.questionId);
    const delegates = (await this.rollCalls.members([id])).map((member) => representationOf(member, publicResult));
    return {
      rollCallId: id,
      title: rollCall.title,
      bodyCode: rollCall.bodyCode,
      question,
      publicResultCertified: publicResult?.certified ?? false,
      delegates,
      agreement: agreementRate(delegates.map((delegate) => delegate.agrees)),
    };
  }
}
