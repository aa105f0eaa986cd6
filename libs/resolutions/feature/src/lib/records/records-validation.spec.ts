import { ErrorCode } from '@civic/contracts';
import { DomainError } from '@civic/util';
import { ResolutionKindValue } from '../resolutions';
import { toResolutionFilter } from './records-validation';

function codeAndField(run: () => unknown): { code: string; field: unknown } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { code: error.code, field: error.details?.['field'] };
  }
}

describe('toResolutionFilter', () => {
  it('keeps the given fields, trimmed, and drops nulls (null means "any")', () => {
    expect(toResolutionFilter(null)).toEqual({});
    expect(
      toResolutionFilter({
        stage: ' in-committee ',
        stages: ['a', 'b'],
        committeeCode: null,
        countyCode: '55025',
        cycleYear: 2027,
        submittedYear: null,
        kind: ResolutionKindValue.RULE_CHANGE,
        topic: 'deer',
        flagged: false,
        search: ' "bag limit" -walleye ',
      }),
    ).toEqual({
      stage: 'in-committee',
      stages: ['a', 'b'],
      countyCode: '55025',
      cycleYear: 2027,
      kind: 'rule-change',
      topic: 'deer',
      flagged: false,
      search: '"bag limit" -walleye',
    });
  });

  it('refuses empty or overlong text, years out of range and too many stages, naming the field', () => {
    expect(codeAndField(() => toResolutionFilter({ stage: '  ' }))).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'filter.stage' });
    expect(codeAndField(() => toResolutionFilter({ search: 'x'.repeat(201) }))).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'filter.search' });
    expect(codeAndField(() => toResolutionFilter({ cycleYear: 27 }))).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'filter.cycleYear' });
    expect(codeAndField(() => toResolutionFilter({ submittedYear: 2027.5 }))).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'filter.submittedYear' });
    expect(codeAndField(() => toResolutionFilter({ stages: Array.from({ length: 51 }, (_, i) => `s${i}`) }))).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'filter.stages',
    });
  });
});
