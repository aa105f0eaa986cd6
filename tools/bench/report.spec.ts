import { figure, formatTable } from './report';

describe('bench report', () => {
  it('prints figures, targets, ratios and results in columns', () => {
    const table = formatTable([
      figure('a', 'gateway ballots/s', 1234.5, '/s', '≥ 0.5× baseline', true, 0.61),
      figure('b', 'recount equals live tally', false, '', 'equal', false),
      figure('c', 'results p99 at 1M', null, 'ms', '< 20 ms'),
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^figure\s+value\s+target\s+vs baseline\s+result$/);
    expect(lines[2]).toMatch(/gateway ballots\/s\s+1,234.5 \/s\s+≥ 0.5× baseline\s+0.61×\s+pass/);
    expect(lines[3]).toMatch(/recount equals live tally\s+no\s+equal\s+FAIL/);
    expect(lines[4]).toMatch(/not measured\s+< 20 ms\s+FAIL/);
  });
});
