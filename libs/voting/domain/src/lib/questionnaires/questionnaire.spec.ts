import fc from 'fast-check';
import {
  acceptsCertification,
  acceptsPaperTotals,
  acceptsResultsPublicationThreshold,
  acceptsStaffQuestions,
  choiceSetProblems,
  isVisibleInCounty,
  normalizeStaffQuestion,
  QUESTIONNAIRE_STATUSES,
  staffQuestionProblems,
  transitionQuestionnaire,
  type QuestionnaireAction,
  type QuestionnaireStatus,
  type StaffQuestionDraft,
} from './questionnaire';

const facts = { questions: 3, uncertifiedQuestions: 0 };

describe('transitionQuestionnaire', () => {
  it('goes draft → open → closed → certified', () => {
    let status: QuestionnaireStatus = 'draft';
    for (const [action, next] of [
      ['open', 'open'],
      ['close', 'closed'],
      ['certify', 'certified'],
    ] as Array<[QuestionnaireAction, QuestionnaireStatus]>) {
      const decision = transitionQuestionnaire(status, action, facts);
      expect(decision).toEqual({ kind: 'change', next });
      if (decision.kind === 'change') status = decision.next;
    }
  });

  it('refuses a move from the wrong status, naming both', () => {
    expect(transitionQuestionnaire('open', 'open', facts)).toEqual({ kind: 'refuse', reason: 'to open a questionnaire it must be draft; this one is open' });
    expect(transitionQuestionnaire('draft', 'close', facts)).toMatchObject({ kind: 'refuse', reason: expect.stringContaining('must be open') });
    expect(transitionQuestionnaire('open', 'certify', facts)).toMatchObject({ kind: 'refuse' });
  });

  it('will not open an empty questionnaire nor certify one with uncertified questions', () => {
    expect(transitionQuestionnaire('draft', 'open', { questions: 0, uncertifiedQuestions: 0 })).toMatchObject({
      kind: 'refuse',
      reason: expect.stringContaining('no questions'),
    });
    expect(transitionQuestionnaire('closed', 'certify', { questions: 3, uncertifiedQuestions: 2 })).toMatchObject({
      kind: 'refuse',
      reason: expect.stringContaining('2 question(s)'),
    });
  });

  it('never moves backwards, whatever the sequence of actions', () => {
    const order = (status: QuestionnaireStatus) => QUESTIONNAIRE_STATUSES.indexOf(status);
    fc.assert(
      fc.property(fc.array(fc.constantFrom<QuestionnaireAction>('open', 'close', 'certify'), { maxLength: 12 }), (actions) => {
        let status: QuestionnaireStatus = 'draft';
        for (const action of actions) {
          const decision = transitionQuestionnaire(status, action, facts);
          if (decision.kind === 'change') {
            expect(order(decision.next)).toBe(order(status) + 1);
            status = decision.next;
          }
        }
      }),
    );
  });

  it('says what each status allows', () => {
    const allowed = (rule: (status: QuestionnaireStatus) => boolean) => QUESTIONNAIRE_STATUSES.filter(rule);
    expect(allowed(acceptsStaffQuestions)).toEqual(['draft']);
    expect(allowed(acceptsPaperTotals)).toEqual(['open', 'closed']);
    expect(allowed(acceptsCertification)).toEqual(['closed']);
    expect(allowed(acceptsResultsPublicationThreshold)).toEqual(['draft']);
  });
});

describe('staff questions', () => {
  const draft = (changes: Partial<StaffQuestionDraft> = {}): StaffQuestionDraft =>
    normalizeStaffQuestion({ year: 2027, source: 'agency', text: '  Lower the bag limit?  ', background: ' Why. ', choices: null, ...changes });

  it('accepts an agency or board question with the default choices, trimmed', () => {
    expect(draft()).toEqual({ year: 2027, source: 'agency', text: 'Lower the bag limit?', background: 'Why.', choices: null });
    expect(staffQuestionProblems(draft())).toEqual([]);
    expect(staffQuestionProblems(draft({ source: 'board' }))).toEqual([]);
  });

  it('leaves advisory and county questions to the resolutions pipeline', () => {
    expect(staffQuestionProblems(draft({ source: 'advisory' }))).toEqual([expect.objectContaining({ field: 'source' })]);
    expect(staffQuestionProblems(draft({ source: 'county-resolution' }))).toEqual([expect.objectContaining({ field: 'source' })]);
  });

  it('names the field of each problem', () => {
    expect(staffQuestionProblems(draft({ text: '   ' })).map((p) => p.field)).toEqual(['text']);
    expect(staffQuestionProblems(draft({ text: 'x'.repeat(1_001) })).map((p) => p.field)).toEqual(['text']);
    expect(staffQuestionProblems(draft({ background: 'x'.repeat(10_001) })).map((p) => p.field)).toEqual(['background']);
    expect(staffQuestionProblems(draft({ year: 1999 })).map((p) => p.field)).toEqual(['year']);
    expect(staffQuestionProblems(draft({ year: 2027.5 })).map((p) => p.field)).toEqual(['year']);
  });

  it('checks a configured choice set', () => {
    expect(draft({ choices: [' Spring ', 'FALL', 'no-season'] }).choices).toEqual(['spring', 'fall', 'no-season']);
    expect(choiceSetProblems(['spring', 'fall', 'no-season'])).toEqual([]);
    expect(choiceSetProblems(['yes']).map((p) => p.field)).toEqual(['choices']);
    expect(choiceSetProblems(['yes', 'yes']).map((p) => p.field)).toEqual(['choices.1']);
    expect(choiceSetProblems(['yes', '9 lives']).map((p) => p.field)).toEqual(['choices.1']);
    expect(choiceSetProblems(Array.from({ length: 11 }, (_, i) => `c${i}`)).map((p) => p.field)).toEqual(['choices']);
  });
});

describe('question lists', () => {
  it('shows statewide questions everywhere and county-local ones in their county only', () => {
    expect(isVisibleInCounty({ countyCode: null }, '55025')).toBe(true);
    expect(isVisibleInCounty({ countyCode: '55025' }, '55025')).toBe(true);
    expect(isVisibleInCounty({ countyCode: '55079' }, '55025')).toBe(false);
  });
});
