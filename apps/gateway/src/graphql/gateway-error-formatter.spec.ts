import { GraphQLError } from 'graphql';
import { ErrorCode } from '@civic/contracts';
import { MASKED_MESSAGE, createGatewayErrorFormatter, isPublicError, withoutSuggestions } from './gateway-error-formatter';

describe('gateway error formatter', () => {
  const format = createGatewayErrorFormatter();

  it('keeps a public code and message, drops internal extensions', () => {
    const result = format(
      {
        message: 'Your role does not allow this.',
        path: ['secret'],
        extensions: { code: 'FORBIDDEN', serviceName: 'identity', stacktrace: ['at x'], exception: { a: 1 }, limit: 3 },
      },
      new GraphQLError('x'),
    );
    expect(result).toEqual({ message: 'Your role does not allow this.', path: ['secret'], extensions: { code: 'FORBIDDEN', limit: 3 } });
    expect(isPublicError(new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } }))).toBe(true);
  });

  it('masks anything without a public code and reports it', () => {
    const error = new Error('connect ECONNREFUSED 10.0.0.7:5432');
    const result = format({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at y'] } }, error);
    expect(result).toEqual({ message: MASKED_MESSAGE, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
    expect(format({ message: 'odd' }, undefined).extensions).toEqual({ code: ErrorCode.INTERNAL_SERVER_ERROR });
    expect(isPublicError(new GraphQLError('boom'))).toBe(false);
  });

  it('gives a limit rejection QUERY_TOO_COMPLEX although Apollo files it as a validation error', () => {
    const original = new GraphQLError('Query depth limit of 12 exceeded, found 21.', { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } });
    const validation = new GraphQLError(original.message, { originalError: original, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(format({ message: original.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, validation).extensions).toEqual({
      code: ErrorCode.QUERY_TOO_COMPLEX,
    });
  });

  it('removes field suggestions', () => {
    expect(withoutSuggestions('Cannot query field "emial" on type "Account". Did you mean "email"?')).toBe('Cannot query field "emial" on type "Account".');
    const result = format(
      { message: 'Cannot query field "emial" on type "Account". Did you mean "email" or "emails"?', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      undefined,
    );
    expect(result.message).not.toMatch(/did you mean/i);
  });
});
