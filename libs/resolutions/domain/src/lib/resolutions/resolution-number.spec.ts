import { formatResolutionNumber } from './resolution-number';

describe('formatResolutionNumber', () => {
  it('pads the sequence to four digits and keeps longer ones whole', () => {
    expect(formatResolutionNumber(2027, 14)).toBe('2027-0014');
    expect(formatResolutionNumber(2027, 12345)).toBe('2027-12345');
  });

  it('refuses a sequence that is not a positive whole number', () => {
    expect(() => formatResolutionNumber(2027, 0)).toThrow(RangeError);
    expect(() => formatResolutionNumber(2027, 1.5)).toThrow(RangeError);
  });
});
