import { BadRequestException, ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '@civic/contracts';
import { DomainError } from '@civic/util';
import { createGraphQLErrorFormatter } from './graphql-error-formatter';

function format(error: unknown) {
  const internal: unknown[] = [];
  const formatter = createGraphQLErrorFormatter((e) => internal.push(e));
  const wrapped = new GraphQLError('raw message', { path: ['field'], originalError: error as Error });
  return { result: formatter({ message: 'raw message', path: ['field'] }, wrapped), internal };
}

describe('GraphQL error formatter', () => {
  it('keeps a domain error’s code, message and public details', () => {
    const { result } = format(new DomainError(ErrorCode.CONFLICT, 'Already certified.', { electionId: 'e1' }));
    expect(result).toEqual({ message: 'Already certified.', path: ['field'], extensions: { code: 'CONFLICT', electionId: 'e1' } });
  });

  it('never lets a detail replace the code', () => {
    const { result } = format(new DomainError(ErrorCode.NOT_FOUND, 'No such county.', { code: '55999' }));
    expect(result.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('maps guard failures to UNAUTHENTICATED and FORBIDDEN and validation to BAD_USER_INPUT', () => {
    expect(format(new UnauthorizedException()).result.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(format(new ForbiddenException()).result.extensions?.['code']).toBe('FORBIDDEN');
    const invalid = format(new BadRequestException({ message: ['email must be an email', 'name is empty'] })).result;
    expect(invalid).toMatchObject({ message: 'email must be an email; name is empty', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('masks anything unexpected: no message, no stack, but it is reported for the log', () => {
    const crash = new TypeError("Cannot read properties of undefined (reading 'id') at /srv/app.js:10");
    const { result, internal } = format(crash);
    expect(result.extensions).toEqual({ code: ErrorCode.INTERNAL_SERVER_ERROR });
    expect(JSON.stringify(result)).not.toMatch(/Cannot read|app\.js|stack/);
    expect(internal).toEqual([crash]);
  });
});
