import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { QuestionApprovedPayload, ResolutionIntroducedPayload } from '@civic/contracts';
import { isUuid } from '@civic/util';
import { QuestionnaireRepository, type NewQuestion } from '@civic/voting-data-access';
import { DEFAULT_CHOICES, isJurisdictionCode, yearProblems } from '@civic/voting-domain';

/**
 * Use case: questions from the resolutions pipeline. An introduced citizen resolution goes
 * on its county's part of that year's questionnaire; an approved advisory question goes on
 * the statewide part of the year it names. Each appears once, however often it is announced.
 */
@Injectable()
export class ResolutionQuestionsService {
  private readonly logger = new Logger('ResolutionQuestions');

  constructor(private readonly questionnaires: QuestionnaireRepository) {}

  /** Runs inside the consumer's transaction, together with the inbox entry. */
  introduced(manager: EntityManager, payload: ResolutionIntroducedPayload, eventId: string): Promise<void> {
    if (!isJurisdictionCode(payload.countyCode)) throw new Error(`resolutions.introduced ${eventId}: "${payload.countyCode}" is not a county code`);
    return this.record(manager, payload.year, eventId, {
      source: 'county-resolution',
      text: payload.title,
      background: payload.text,
      countyCode: payload.countyCode,
      resolutionId: payload.resolutionId,
      resolutionNumber: payload.number,
    });
  }

  approved(manager: EntityManager, payload: QuestionApprovedPayload, eventId: string): Promise<void> {
    return this.record(manager, payload.questionnaireYear, eventId, {
      source: 'advisory',
      text: payload.questionText,
      background: payload.background,
      countyCode: null,
      resolutionId: payload.resolutionId,
      resolutionNumber: payload.number,
    });
  }

  private async record(
    manager: EntityManager,
    year: number,
    eventId: string,
    question: Pick<NewQuestion, 'source' | 'text' | 'background' | 'countyCode' | 'resolutionId' | 'resolutionNumber'>,
  ): Promise<void> {
    // A malformed event cannot be fixed by retrying: fail loudly rather than guess.
    const problem = yearProblems(year)[0];
    if (problem) throw new Error(`event ${eventId}: ${problem.message}`);
    if (!question.resolutionId || !isUuid(question.resolutionId)) throw new Error(`event ${eventId}: "${question.resolutionId}" is not a resolution id`);
    const resolutionId = question.resolutionId.toLowerCase();
    const questionnaire = await this.questionnaires.lockOrCreate(manager, year);
    const existing = await this.questionnaires.findResolutionQuestion(manager, questionnaire.id, resolutionId, question.countyCode);
    if (existing) {
      this.logger.debug(`resolution ${resolutionId} is already question ${existing.id} of ${year}: event ${eventId} changes nothing`);
      return;
    }
    if (questionnaire.status !== 'draft') {
      // The pipeline decided it; dropping it would lose the resolution's vote. Staff see it appear late.
      this.logger.warn(`resolution ${resolutionId} joins the ${year} questionnaire while it is ${questionnaire.status} (event ${eventId})`);
    }
    await this.questionnaires.appendQuestion(manager, {
      ...question,
      resolutionId,
      questionnaireId: questionnaire.id,
      choices: [...DEFAULT_CHOICES],
      addedBy: null,
      sourceEventId: eventId,
    });
  }
}
