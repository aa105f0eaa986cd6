import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode } from '@civic/contracts';

type Next = (error?: unknown) => void;

interface ErrorBody {
  errors: Array<{ message: string; extensions: { code: string } }>;
}

/** '100kb' → 102400. The configuration schema has already checked the notation. */
export function parseByteSize(size: string): number {
  const match = /^(\d+)(b|kb|mb)$/i.exec(size.trim());
  if (!match) throw new Error(`Not a size: ${size}`);
  const units: Record<string, number> = { b: 1, kb: 1024, mb: 1024 * 1024 };
  return Number(match[1]) * (units[(match[2] ?? 'b').toLowerCase()] ?? 1);
}

function errorBody(message: string, code: string): ErrorBody {
  return { errors: [{ message, extensions: { code } }] };
}

function reply(res: ServerResponse, status: number, body: ErrorBody): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

/**
 * A refused body is still read (and thrown away) up to `drainLimit` bytes: a client that is
 * still uploading when the 413 is sent can then read it, instead of failing with a broken
 * pipe. Past that bound the connection is cut, so nobody can make the gateway read forever.
 */
function discardRest(req: IncomingMessage, alreadyRead: number, drainLimit: number): void {
  let read = alreadyRead;
  req.on('data', (chunk: Buffer) => {
    read += chunk.length;
    if (read > drainLimit) req.socket.destroy();
  });
  req.resume();
}

/** How much of a refused body is drained, as a multiple of the limit. */
const DRAIN_FACTOR = 4;

function isJson(req: IncomingMessage): boolean {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || type.endsWith('+json');
}

export const tooLarge = (limit: string): ErrorBody => errorBody(`The request body is larger than the ${limit} limit.`, ErrorCode.BAD_USER_INPUT);
export const notJson = (): ErrorBody => errorBody('The request body is not valid JSON.', ErrorCode.BAD_USER_INPUT);

/**
 * Reads JSON request bodies up to `limit` into `req.body` and answers a refused body with
 * a JSON error: 413 when too large (as soon as Content-Length says so, or when the stream
 * passes the limit), 400 when not JSON. Other content types are left unread for Apollo,
 * whose CSRF prevention refuses them. Runs after the logging middleware, so refusals are
 * logged and carry the request id.
 */
export function requestBodyMiddleware(limit: string) {
  const maxBytes = parseByteSize(limit);
  const drainLimit = maxBytes * DRAIN_FACTOR;
  return (req: IncomingMessage & { body?: unknown }, res: ServerResponse, next: Next): void => {
    if (req.method === 'GET' || req.method === 'HEAD' || !isJson(req)) {
      next();
      return;
    }
    const declared = Number(req.headers['content-length'] ?? Number.NaN);
    if (declared > maxBytes) {
      reply(res, 413, tooLarge(limit));
      if (declared > drainLimit) req.socket.destroy();
      else discardRest(req, 0, drainLimit);
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      received += chunk.length;
      if (received > maxBytes) {
        refused = true;
        reply(res, 413, tooLarge(limit));
        discardRest(req, received, drainLimit);
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', (error) => {
      if (!refused) next(error);
      refused = true;
    });
    req.on('end', () => {
      if (refused) return;
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') {
        req.body = {};
        next();
        return;
      }
      try {
        req.body = JSON.parse(text) as unknown;
      } catch {
        reply(res, 400, notJson());
        return;
      }
      next();
    });
  };
}

/**
 * A browser opening /graphql (HTML accepted, no query in the URL) is sent to the explorer;
 * everything else is GraphQL.
 */
export function wantsExplorer(req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): boolean {
  if (req.method !== 'GET') return false;
  const url = new URL(req.url ?? '/', 'http://gateway.invalid');
  const accept = req.headers.accept ?? '';
  return url.pathname === '/graphql' && !url.searchParams.has('query') && accept.includes('text/html');
}

export function explorerRedirectMiddleware(target: string) {
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    if (!wantsExplorer(req)) {
      next();
      return;
    }
    res.statusCode = 302;
    res.setHeader('location', target);
    res.end();
  };
}
