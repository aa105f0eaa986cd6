import { consecutiveElectedTerms, termLimitAllows, validateTermLimit } from './term-limit';

describe('term limits', () => {
  const limit = { maxConsecutiveTerms: 2 };

  it('allows anything without a limit', () => {
    expect(termLimitAllows(null, [{ startYear: 2000, endYear: 2030, kind: 'elected' }], 2030)).toBe(true);
  });

  it('counts consecutive elected terms only', () => {
    const past = [
      { startYear: 2018, endYear: 2020, kind: 'appointed' as const },
      { startYear: 2020, endYear: 2023, kind: 'elected' as const },
      { startYear: 2023, endYear: 2026, kind: 'elected' as const },
    ];
    expect(consecutiveElectedTerms(past, 2026)).toBe(2);
    expect(termLimitAllows(limit, past, 2026)).toBe(false);
    expect(termLimitAllows({ maxConsecutiveTerms: 3 }, past, 2026)).toBe(true);
  });

  it('resets after a break in service', () => {
    const past = [
      { startYear: 2014, endYear: 2017, kind: 'elected' as const },
      { startYear: 2017, endYear: 2020, kind: 'elected' as const },
      { startYear: 2022, endYear: 2024, kind: 'elected' as const },
    ];
    expect(consecutiveElectedTerms(past, 2024)).toBe(1);
    expect(termLimitAllows(limit, past, 2024)).toBe(true);
    expect(termLimitAllows(limit, past.slice(0, 2), 2020)).toBe(false);
    expect(termLimitAllows(limit, past.slice(0, 2), 2021)).toBe(true);
  });

  it('keeps a chain unbroken through an extension, without counting it', () => {
    const past = [
      { startYear: 2018, endYear: 2021, kind: 'elected' as const },
      { startYear: 2021, endYear: 2022, kind: 'extended' as const },
      { startYear: 2022, endYear: 2025, kind: 'elected' as const },
    ];
    expect(consecutiveElectedTerms(past, 2025)).toBe(2);
  });

  it('validates the limit', () => {
    expect(validateTermLimit(null)).toEqual([]);
    expect(validateTermLimit({ maxConsecutiveTerms: 0 })).toHaveLength(1);
    expect(validateTermLimit({ maxConsecutiveTerms: 3 })).toEqual([]);
  });
});
