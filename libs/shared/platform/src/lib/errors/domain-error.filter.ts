import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@civic/util';

/**
 * Hands domain errors to Apollo untouched (the formatter maps them) instead of letting
 * Nest log them as crashes: a refused vote is an answer, not an incident.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
