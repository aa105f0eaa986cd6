import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { inputProblemError, notFound, refuseProblems, requireUuid } from '@civic/util';
import {
  QuestionnaireRepository,
  RollCallElectorateRepository,
  RollCallRepository,
  type Electorate,
  type RollCallEntity,
  type ScheduledMotion,
} from '@civic/voting-data-access';
import { CONVENTION_BODY_CODE, ROLL_CALL_LIMITS, bodyCodeProblems, defaultQuorum, quorumProblems, resolveThreshold, textProblems } from '@civic/voting-domain';
import type { OpenRollCallInput } from './roll-call.input';

const CONVENTION_NAME = 'Convention';

/**
 * Opening a roll call, whoever asks: staff now, a schedule at its time, the demo seed. The
 * motion is checked as far as it can be when it is given; what depends on the moment of
 * opening (the question, the body's members, the quorum against them) is checked when it
 * opens, in the caller's transaction.
 */
@Injectable()
export class RollCallOpener {
  constructor(
    private readonly rollCalls: RollCallRepository,
    private readonly electorates: RollCallElectorateRepository,
    private readonly questionnaires: QuestionnaireRepository,
  ) {}

  /** The motion, trimmed and checked; BAD_USER_INPUT naming the field otherwise. */
  checkMotion(input: OpenRollCallInput): ScheduledMotion {
    const bodyCode = input.bodyCode.trim();
    const title = input.title.trim();
    refuseProblems([...bodyCodeProblems(bodyCode), ...textProblems(title, 'title', ROLL_CALL_LIMITS.titleMax)]);
    const draft = {
      kind: input.threshold?.kind ?? 'majority',
      numerator: input.threshold?.numerator ?? null,
      denominator: input.threshold?.denominator ?? null,
    } as const;
    const threshold = resolveThreshold(draft);
    if (!threshold.ok) refuseProblems([threshold.problem]);
    const questionId = input.questionId == null ? null : requireUuid(input.questionId, 'questionId');
    const resolutionId = input.resolutionId == null ? null : requireUuid(input.resolutionId, 'resolutionId');
    const quorum = input.quorum ?? null;
    if (quorum !== null && (!Number.isInteger(quorum) || quorum < 1))
      refuseProblems([{ field: 'quorum', message: 'quorum must be a whole number of members, at least 1' }]);
    return { bodyCode, title, questionId, resolutionId, threshold: draft, quorum };
  }

  /**
   * The congress year and resolution a motion's question gives it: NOT_FOUND for an unknown
   * question, BAD_USER_INPUT for a resolution the question was not drawn from.
   */
  async questionFacts(manager: EntityManager, motion: ScheduledMotion, openedAt: Date): Promise<{ year: number; resolutionId: string | null }> {
    if (motion.questionId === null) return { year: openedAt.getUTCFullYear(), resolutionId: motion.resolutionId };
    const question = await this.questionnaires.findQuestion(motion.questionId, manager);
    const questionnaire = question && (await this.questionnaires.findById(question.questionnaireId, manager));
    if (!question || !questionnaire) throw notFound('The question', { questionId: motion.questionId });
    if (motion.resolutionId !== null && question.resolutionId !== null && question.resolutionId !== motion.resolutionId) {
      refuseProblems([{ field: 'resolutionId', message: 'resolutionId is not the resolution the question was drawn from' }]);
    }
    return { year: questionnaire.year, resolutionId: motion.resolutionId ?? question.resolutionId };
  }

  /**
   * Opens the roll call in the caller's transaction. The electorate is the body's members
   * now (from the assemblies read models), unless the caller knows it (the demo seed, before
   * the read models are filled). Throws a DomainError, having written nothing, when it cannot.
   */
  async open(manager: EntityManager, motion: ScheduledMotion, openedBy: string, knownElectorate?: Electorate): Promise<RollCallEntity> {
    const openedAt = new Date();
    const { year, resolutionId } = await this.questionFacts(manager, motion, openedAt);
    const { bodyCode } = motion;
    const electorate =
      knownElectorate ?? (bodyCode === CONVENTION_BODY_CODE ? await this.electorates.convention(manager) : await this.electorates.body(manager, bodyCode));
    if (electorate.members.length === 0) {
      refuseProblems([{ field: 'bodyCode', message: `${bodyCode} has no members in office to vote` }]);
    }
    const quorum = motion.quorum ?? defaultQuorum(electorate.members.length);
    refuseProblems(quorumProblems(quorum, electorate.members.length));
    const threshold = resolveThreshold(motion.threshold);
    if (!threshold.ok) throw inputProblemError(threshold.problem);

    return this.rollCalls.create(
      manager,
      {
        bodyCode,
        bodyName: bodyCode === CONVENTION_BODY_CODE ? CONVENTION_NAME : (electorate.bodyName ?? bodyCode),
        title: motion.title,
        questionId: motion.questionId,
        resolutionId,
        year,
        thresholdKind: threshold.threshold.kind,
        thresholdNumerator: threshold.threshold.numerator,
        thresholdDenominator: threshold.threshold.denominator,
        thresholdStrict: threshold.threshold.strict,
        quorum,
        electorateSize: electorate.members.length,
        openedBy: openedBy.toLowerCase(),
        openedAt,
      },
      electorate.members,
    );
  }
}
