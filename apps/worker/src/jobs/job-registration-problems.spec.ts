import { jobRegistrationProblems } from './job-registration-problems';

describe('jobRegistrationProblems', () => {
  it('accepts exactly one handler per job', () => {
    expect(jobRegistrationProblems(['a', 'b'], [{ jobName: 'a' }, { jobName: 'b' }])).toEqual([]);
  });

  it('names missing, doubled and unknown handlers', () => {
    expect(jobRegistrationProblems(['a', 'b'], [{ jobName: 'a' }, { jobName: 'a' }, { jobName: 'c' }])).toEqual([
      'job "a" has 2 handlers',
      'job "b" has no handler',
      'handler for unknown job "c"',
    ]);
  });
});
