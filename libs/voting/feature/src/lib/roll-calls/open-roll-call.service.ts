import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@civic/platform';
import { QuestionnaireRepository, RollCallElectorateRepository, RollCallRepository } from '@civic/voting-data-access';
import {
  CONVENTION_BODY_CODE,
  ROLL_CALL_LIMITS,
  bodyCodeProblems,
  defaultQuorum,
  quorumProblems,
  resolveThreshold,
  textProblems,
  type InputProblem,
} from '@civic/voting-domain';
import { badInput, notFound, refuseProblems, requireUuid } from '../support/voting-input';
import type { OpenRollCallInput } from './roll-call.input';
import { RollCallReader } from './roll-call-reader.service';
import type { RollCallType } from './roll-call.type';

const CONVENTION_NAME = 'Convention';

/**
 * Use case: staff open a roll call of the convention or a body. Its electorate is the body's
 * members at this moment, copied with their counties, so seats that change while the roll
 * call runs do not change who votes on it.
 */
@Injectable()
export class OpenRollCallService {
  constructor(
    private readonly rollCalls: RollCallRepository,
    private readonly electorates: RollCallElectorateRepository,
    private readonly questionnaires: QuestionnaireRepository,
    private readonly reader: RollCallReader,
  ) {}

  open(staff: AuthenticatedUser, input: OpenRollCallInput): Promise<RollCallType> {
    const bodyCode = input.bodyCode.trim();
    const title = input.title.trim();
    refuseProblems([...bodyCodeProblems(bodyCode), ...textProblems(title, 'title', ROLL_CALL_LIMITS.titleMax)]);
    const threshold = resolveThreshold(input.threshold ?? { kind: 'majority' });
    if (!threshold.ok) throw badInput(threshold.problem);
    const questionId = input.questionId == null ? null : requireUuid(input.questionId, 'questionId');
    const resolutionIdInput = input.resolutionId == null ? null : requireUuid(input.resolutionId, 'resolutionId');

    return this.rollCalls.transaction(async (manager) => {
      const openedAt = new Date();
      let year = openedAt.getUTCFullYear();
      let resolutionId = resolutionIdInput;
      if (questionId !== null) {
        const question = await this.questionnaires.findQuestion(questionId, manager);
        const questionnaire = question && (await this.questionnaires.findById(question.questionnaireId, manager));
        if (!question || !questionnaire) throw notFound('The question', { questionId });
        if (resolutionId !== null && question.resolutionId !== null && question.resolutionId !== resolutionId) {
          throw badInput({ field: 'resolutionId', message: 'resolutionId is not the resolution the question was drawn from' });
        }
        year = questionnaire.year;
        resolutionId ??= question.resolutionId;
      }

      const electorate = bodyCode === CONVENTION_BODY_CODE ? await this.electorates.convention(manager) : await this.electorates.body(manager, bodyCode);
      if (electorate.members.length === 0) {
        throw badInput({ field: 'bodyCode', message: `${bodyCode} has no members in office to vote` });
      }
      const quorum = input.quorum ?? defaultQuorum(electorate.members.length);
      const quorumProblem: InputProblem | undefined = quorumProblems(quorum, electorate.members.length)[0];
      if (quorumProblem) throw badInput(quorumProblem);

      const rollCall = await this.rollCalls.create(
        manager,
        {
          bodyCode,
          bodyName: bodyCode === CONVENTION_BODY_CODE ? CONVENTION_NAME : (electorate.bodyName ?? bodyCode),
          title,
          questionId,
          resolutionId,
          year,
          thresholdKind: threshold.threshold.kind,
          thresholdNumerator: threshold.threshold.numerator,
          thresholdDenominator: threshold.threshold.denominator,
          thresholdStrict: threshold.threshold.strict,
          quorum,
          electorateSize: electorate.members.length,
          openedBy: staff.accountId.toLowerCase(),
          openedAt,
        },
        electorate.members,
      );
      return this.reader.load(rollCall.id, manager);
    });
  }
}
