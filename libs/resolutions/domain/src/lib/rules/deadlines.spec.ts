import { WISCONSIN_PIPELINE } from '../pipeline';
import { deadlineFor, isOverdue } from './deadlines';

const stage = (code: string) => {
  const found = WISCONSIN_PIPELINE.stages.find((s) => s.code === code);
  if (!found) throw new Error(code);
  return found;
};

describe('deadlineFor', () => {
  const entered = new Date('2027-05-01T12:00:00.000Z');

  it("adds the stage's days to when the resolution entered it", () => {
    expect(deadlineFor(stage('in-committee'), entered)).toEqual(new Date('2027-06-30T12:00:00.000Z'));
    expect(deadlineFor(stage('forwarded-to-board'), entered)).toEqual(new Date('2027-07-30T12:00:00.000Z'));
  });

  it('lets an explicit date win, and gives none for a stage without a deadline', () => {
    const override = new Date('2027-09-01T00:00:00.000Z');
    expect(deadlineFor(stage('in-committee'), entered, override)).toEqual(override);
    expect(deadlineFor(stage('convention'), entered)).toBeNull();
    expect(deadlineFor(stage('convention'), entered, null)).toBeNull();
  });
});

describe('isOverdue', () => {
  it('is overdue from the deadline itself on, and never without a deadline', () => {
    const deadline = new Date('2027-06-30T12:00:00.000Z');
    expect(isOverdue(deadline, new Date('2027-06-30T11:59:59.999Z'))).toBe(false);
    expect(isOverdue(deadline, deadline)).toBe(true);
    expect(isOverdue(null, new Date('2099-01-01'))).toBe(false);
  });
});
