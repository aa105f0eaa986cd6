import { transitionsFrom } from './decide-transition';
import { validatePipeline } from './validate-pipeline';
import { WISCONSIN_PIPELINE } from './wisconsin-pipeline';

const stage = (code: string) => WISCONSIN_PIPELINE.stages.find((s) => s.code === code);
const transition = (code: string) => WISCONSIN_PIPELINE.transitions.find((t) => t.code === code);
const codesWhere = (predicate: (s: (typeof WISCONSIN_PIPELINE.stages)[number]) => boolean | undefined) =>
  WISCONSIN_PIPELINE.stages.filter(predicate).map((s) => s.code);

describe('WISCONSIN_PIPELINE', () => {
  it('is a valid pipeline', () => {
    expect(validatePipeline(WISCONSIN_PIPELINE)).toEqual([]);
  });

  it('has exactly the agreed stages, terminal ones marked', () => {
    expect(WISCONSIN_PIPELINE.stages.map((s) => s.code)).toEqual([
      'submitted',
      'rejected-at-screening',
      'withdrawn',
      'introduced',
      'county-passed',
      'county-failed',
      'in-committee',
      'committee-rejected',
      'merged',
      'council-review',
      'council-rejected',
      'agency-review',
      'on-questionnaire',
      'convention',
      'convention-rejected',
      'forwarded-to-board',
      'board-responded',
      'legislative-action',
      'implementation',
    ]);
    expect(codesWhere((s) => s.terminal)).toEqual([
      'rejected-at-screening',
      'withdrawn',
      'county-failed',
      'committee-rejected',
      'merged',
      'council-rejected',
      'convention-rejected',
    ]);
    expect(WISCONSIN_PIPELINE.initialStage).toBe('submitted');
  });

  it('has exactly the agreed transitions (from → to, who, what they require)', () => {
    const summary = Object.fromEntries(
      WISCONSIN_PIPELINE.transitions.map((t) => [
        t.code,
        {
          route: `${t.from.join('|')} -> ${t.to}`,
          actors: t.actors.map((a) => (a.kind === 'body-member' ? `body-member:${a.bodyCode}` : a.kind)).join('|'),
          requires: Object.keys(t.requires)
            .filter((k) => t.requires[k as keyof typeof t.requires])
            .sort()
            .join('+'),
          conditions: t.conditions.join('+'),
          minority: t.allowsMinorityReport === true,
        },
      ]),
    );
    expect(summary).toEqual({
      'accept-screening': { route: 'submitted -> introduced', actors: 'staff', requires: '', conditions: '', minority: false },
      'reject-at-screening': {
        route: 'submitted -> rejected-at-screening',
        actors: 'staff',
        requires: 'reason',
        conditions: '',
        minority: false,
      },
      withdraw: { route: 'submitted|introduced -> withdrawn', actors: 'author|staff', requires: 'reason', conditions: '', minority: false },
      'record-county-pass': {
        route: 'introduced -> county-passed',
        actors: 'system',
        requires: '',
        conditions: 'passed-in-county',
        minority: false,
      },
      'record-county-fail': {
        route: 'introduced -> county-failed',
        actors: 'system',
        requires: '',
        conditions: 'failed-in-county',
        minority: false,
      },
      'refer-to-committee': {
        route: 'county-passed -> in-committee',
        actors: 'staff',
        requires: 'committee',
        conditions: '',
        minority: false,
      },
      'committee-advance': {
        route: 'in-committee -> council-review',
        actors: 'referred-committee-member|staff',
        requires: 'reason+vote',
        conditions: '',
        minority: true,
      },
      'committee-amend': {
        route: 'in-committee -> council-review',
        actors: 'referred-committee-member|staff',
        requires: 'amendedText+reason+vote',
        conditions: '',
        minority: true,
      },
      'committee-reject': {
        route: 'in-committee -> committee-rejected',
        actors: 'referred-committee-member|staff',
        requires: 'reason+vote',
        conditions: '',
        minority: true,
      },
      merge: {
        route: 'submitted|introduced|county-passed|in-committee|council-review -> merged',
        actors: 'referred-committee-member|staff',
        requires: 'reason',
        conditions: '',
        minority: false,
      },
      'advance-by-deadline': { route: 'in-committee -> council-review', actors: 'system', requires: '', conditions: '', minority: false },
      'three-two-rule': {
        route: 'county-passed|in-committee -> on-questionnaire',
        actors: 'system',
        requires: '',
        conditions: '',
        minority: false,
      },
      'council-approve': {
        route: 'council-review -> agency-review',
        actors: 'body-member:executive-committee|staff',
        requires: 'reason+vote',
        conditions: '',
        minority: false,
      },
      'council-reject': {
        route: 'council-review -> council-rejected',
        actors: 'body-member:executive-committee|staff',
        requires: 'reason+vote',
        conditions: '',
        minority: false,
      },
      'complete-agency-review': {
        route: 'agency-review -> on-questionnaire',
        actors: 'staff',
        requires: 'notes+questionText',
        conditions: '',
        minority: false,
      },
      'record-statewide-result': {
        route: 'on-questionnaire -> convention',
        actors: 'system',
        requires: '',
        conditions: 'statewide-result-recorded',
        minority: false,
      },
      'convention-adopt': { route: 'convention -> forwarded-to-board', actors: 'staff|system', requires: 'vote', conditions: '', minority: false },
      'convention-reject': {
        route: 'convention -> convention-rejected',
        actors: 'staff|system',
        requires: 'vote',
        conditions: '',
        minority: false,
      },
      'record-board-response': {
        route: 'forwarded-to-board -> board-responded',
        actors: 'board',
        requires: 'notes',
        conditions: '',
        minority: false,
      },
      'refer-to-legislature': {
        route: 'board-responded -> legislative-action',
        actors: 'staff',
        requires: 'notes',
        conditions: '',
        minority: false,
      },
      'begin-implementation': {
        route: 'board-responded|legislative-action -> implementation',
        actors: 'staff',
        requires: 'notes',
        conditions: '',
        minority: false,
      },
    });
  });

  it('has the agreed deadlines, flags and 3:2 rule', () => {
    expect(stage('in-committee')?.deadline).toEqual({ kind: 'committee-decision', days: 60, advanceBy: 'advance-by-deadline' });
    expect(stage('forwarded-to-board')?.deadline).toEqual({ kind: 'board-response', days: 90 });
    expect(stage('implementation')?.deadline).toEqual({ kind: 'implementation-report', days: 365 });
    expect(codesWhere((s) => s.deadline !== undefined)).toEqual(['in-committee', 'forwarded-to-board', 'implementation']);
    expect(codesWhere((s) => s.carriesOver)).toEqual(['county-passed', 'in-committee']);
    expect(codesWhere((s) => s.countyPassed)).toEqual(['county-passed']);
    expect(codesWhere((s) => s.commentsOpen)).toEqual([
      'introduced',
      'county-passed',
      'in-committee',
      'council-review',
      'agency-review',
      'on-questionnaire',
      'convention',
    ]);
    expect(codesWhere((s) => s.acceptsImplementationReports)).toEqual(['board-responded', 'legislative-action', 'implementation']);
    expect(WISCONSIN_PIPELINE.threeTwoRule).toEqual({ counties: 3, consecutiveYears: 2 });
  });

  it('declares what each transition sets off and which moves the platform makes by itself', () => {
    const declared = WISCONSIN_PIPELINE.transitions
      .filter((t) => t.effects !== undefined || t.takenWhen !== undefined)
      .map((t) => [t.code, t.effects ?? [], t.takenWhen ?? null]);
    expect(declared).toEqual([
      ['accept-screening', ['opens-county-vote'], null],
      ['record-county-pass', [], { event: 'county-vote-passed' }],
      ['record-county-fail', [], { event: 'county-vote-failed' }],
      ['three-two-rule', ['puts-question-on-questionnaire'], { event: 'three-two-rule-met' }],
      ['complete-agency-review', ['puts-question-on-questionnaire'], null],
      ['record-statewide-result', [], { event: 'statewide-result-certified' }],
      ['convention-adopt', [], { event: 'roll-call-passed', bodyCode: 'convention' }],
      ['convention-reject', [], { event: 'roll-call-failed', bodyCode: 'convention' }],
    ]);
  });

  it('names and describes every stage and transition for the public', () => {
    for (const item of [...WISCONSIN_PIPELINE.stages, ...WISCONSIN_PIPELINE.transitions]) {
      expect(item.name.trim().length).toBeGreaterThan(3);
      expect(item.description.trim().length).toBeGreaterThan(20);
    }
    expect(stage('submitted')?.description).toMatch(/statewide impact.*practical.*mission/);
    expect(stage('submitted')?.description).toMatch(/published/);
  });

  it('keeps implemented resolutions open for yearly reports, with no transition out', () => {
    expect(transitionsFrom(WISCONSIN_PIPELINE, 'implementation')).toEqual([]);
    expect(stage('implementation')).toMatchObject({ terminal: false, acceptsImplementationReports: true });
    expect(transition('begin-implementation')?.to).toBe('implementation');
  });
});
