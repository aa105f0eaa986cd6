import { ErrorCode } from '@civic/contracts';
import { checkRequest } from './transition-resolution.service';

const ID = '6f1c1a57-3c7e-4a53-9a57-0d2b7d3d8f10';

function refusal(request: Parameters<typeof checkRequest>[0]): unknown {
  try {
    checkRequest(request);
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

describe('checkRequest', () => {
  it('trims texts, turns empty ones into null and lower-cases ids', () => {
    expect(
      checkRequest({ resolutionId: ID.toUpperCase(), transition: ' withdraw ', reason: '  changed my mind ', notes: '   ', committeeCode: 'fish-and-game' }),
    ).toMatchObject({
      resolutionId: ID,
      transition: 'withdraw',
      reason: 'changed my mind',
      notes: null,
      committeeCode: 'fish-and-game',
      vote: null,
    });
  });

  it('bounds texts in characters as a person counts them, like every other resolutions input', () => {
    expect(checkRequest({ resolutionId: ID, transition: 'withdraw', reason: '🦌'.repeat(4_000) }).reason).toHaveLength(8_000);
    expect(refusal({ resolutionId: ID, transition: 'withdraw', reason: '🦌'.repeat(4_001) })).toMatchObject({ details: { field: 'reason', max: 4_000 } });
  });

  it('names the field it refuses', () => {
    expect(refusal({ resolutionId: 'nope', transition: 'withdraw' })).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'resolutionId' } });
    expect(refusal({ resolutionId: ID, transition: '' })).toMatchObject({ details: { field: 'transition' } });
    expect(refusal({ resolutionId: ID, transition: 'withdraw', reason: 'x'.repeat(4_001) })).toMatchObject({ details: { field: 'reason' } });
    expect(refusal({ resolutionId: ID, transition: 'refer-to-committee', committeeCode: 'fish; drop' })).toMatchObject({ details: { field: 'committeeCode' } });
    expect(refusal({ resolutionId: ID, transition: 'committee-reject', vote: { yes: 1.5, no: 0, abstain: 0 } })).toMatchObject({ details: { field: 'vote' } });
    expect(refusal({ resolutionId: ID, transition: 'refer-to-committee', decideBy: new Date(Date.now() - 1) })).toMatchObject({
      details: { field: 'decideBy' },
    });
    expect(refusal({ resolutionId: ID, transition: 'merge', linked: { motionId: 'x' } })).toMatchObject({ details: { field: 'motionId' } });
  });
});
