import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@civic/contracts';

/**
 * Codes whose message is written for the public: every ErrorCode (subgraphs map their
 * errors to these in one place) and the ones Apollo itself assigns before execution.
 */
const PUBLIC_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Extension keys that may carry internals (stack traces, upstream names, HTTP details). */
const INTERNAL_EXTENSIONS = new Set(['stacktrace', 'exception', 'serviceName', 'http', 'originalError', 'query', 'variables']);

export const MASKED_MESSAGE = 'Something went wrong on our side. It has been logged; please try again.';

/** graphql-js appends `Did you mean "x"?`: it lets a caller map a schema it cannot introspect. */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean .*$/s, '').trimEnd();
}

function publicExtensions(extensions: Record<string, unknown>, code: string): Record<string, unknown> {
  const kept: Record<string, unknown> = { code };
  for (const [key, value] of Object.entries(extensions)) {
    if (INTERNAL_EXTENSIONS.has(key) || key === 'code') continue;
    // Only plain values: details such as a limit or a field name, never nested objects.
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) kept[key] = value;
  }
  return kept;
}

/**
 * Apollo gives every validation error the code GRAPHQL_VALIDATION_FAILED; a query refused
 * by a limit keeps the more useful QUERY_TOO_COMPLEX its rule set on the original error.
 */
function codeOf(formatted: GraphQLFormattedError, error: unknown): string {
  const code = formatted.extensions?.['code'];
  if (code === ErrorCode.GRAPHQL_VALIDATION_FAILED && error instanceof GraphQLError && error.originalError instanceof GraphQLError) {
    if (error.originalError.extensions['code'] === ErrorCode.QUERY_TOO_COMPLEX) return ErrorCode.QUERY_TOO_COMPLEX;
  }
  return typeof code === 'string' ? code : '';
}

/** Whether the formatter passes this error through (as opposed to masking it). */
export function isPublicError(error: GraphQLError): boolean {
  return PUBLIC_CODES.has(codeOf({ message: error.message, extensions: error.extensions }, error));
}

/**
 * The gateway's `formatError`. Errors with a public code keep their message and that
 * code; anything else (an unexpected failure, an unreachable subgraph) becomes
 * INTERNAL_SERVER_ERROR with a generic message (the masked-error log plugin records the
 * original with the request id). No stack trace or upstream detail reaches the caller.
 */
export function createGatewayErrorFormatter() {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const extensions = (formatted.extensions ?? {}) as Record<string, unknown>;
    const code = codeOf(formatted, error);
    const location = {
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
    };
    if (PUBLIC_CODES.has(code)) {
      return { message: withoutSuggestions(formatted.message), ...location, extensions: publicExtensions(extensions, code) };
    }
    return { message: MASKED_MESSAGE, ...location, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
