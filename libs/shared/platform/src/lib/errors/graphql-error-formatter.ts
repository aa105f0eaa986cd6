import { HttpException, HttpStatus } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@civic/contracts';
import { DomainError } from '@civic/util';

export interface ClassifiedError {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

const INTERNAL: ClassifiedError = {
  code: ErrorCode.INTERNAL_SERVER_ERROR,
  message: 'Something went wrong on our side. It has been logged; please try again.',
};

/**
 * The one place where anything thrown while serving GraphQL becomes a public error code.
 * Unknown errors are masked: their message and stack never reach the caller.
 */
export function classifyError(error: unknown): ClassifiedError {
  if (error instanceof DomainError) {
    return { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) };
  }
  if (error instanceof HttpException) {
    return classifyHttpException(error);
  }
  return INTERNAL;
}

function classifyHttpException(error: HttpException): ClassifiedError {
  const status = error.getStatus();
  switch (status) {
    case HttpStatus.UNAUTHORIZED:
      return { code: ErrorCode.UNAUTHENTICATED, message: 'Sign in to do this: the access token is missing, invalid or expired.' };
    case HttpStatus.FORBIDDEN:
      return { code: ErrorCode.FORBIDDEN, message: 'Your role does not allow this.' };
    case HttpStatus.TOO_MANY_REQUESTS:
      return { code: ErrorCode.RATE_LIMITED, message: 'Too many attempts; try again later.' };
    case HttpStatus.NOT_FOUND:
      return { code: ErrorCode.NOT_FOUND, message: error.message };
    case HttpStatus.CONFLICT:
      return { code: ErrorCode.CONFLICT, message: error.message };
    case HttpStatus.BAD_REQUEST:
      return { code: ErrorCode.BAD_USER_INPUT, message: validationMessage(error) };
    default:
      return status >= 500 ? INTERNAL : { code: ErrorCode.BAD_USER_INPUT, message: error.message };
  }
}

function validationMessage(error: HttpException): string {
  const body = error.getResponse();
  if (typeof body === 'object' && body !== null && 'message' in body) {
    const message = (body as { message: unknown }).message;
    if (Array.isArray(message)) return message.join('; ');
    if (typeof message === 'string') return message;
  }
  return error.message;
}

/** Codes Apollo itself assigns before any resolver runs; these are safe to pass through. */
const APOLLO_REQUEST_CODES = new Set<string>([
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.BAD_USER_INPUT,
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Apollo `formatError` hook. `onInternal` receives errors that were masked so they can be
 * logged with their stack.
 */
export function createGraphQLErrorFormatter(onInternal: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof GraphQLError) {
      const code = String(original.extensions?.['code'] ?? formatted.extensions?.['code'] ?? '');
      if (APOLLO_REQUEST_CODES.has(code)) {
        return { message: formatted.message, ...(formatted.locations ? { locations: formatted.locations } : {}), extensions: { code } };
      }
      if (Object.values(ErrorCode).includes(code as ErrorCode) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
        return { message: formatted.message, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code } };
      }
    }
    const classified = classifyError(original);
    if (classified.code === ErrorCode.INTERNAL_SERVER_ERROR) onInternal(original);
    return {
      message: classified.message,
      ...(formatted.path ? { path: formatted.path } : {}),
      // Details first: a detail named `code` must never replace the error's code.
      extensions: { ...(classified.details ?? {}), code: classified.code },
    };
  };
}
