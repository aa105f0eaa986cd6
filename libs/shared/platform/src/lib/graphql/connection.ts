import { Type } from '@nestjs/common';
import { ArgsType, Directive, Field, Int, ObjectType } from '@nestjs/graphql';
import { ErrorCode } from '@civic/contracts';
import { DomainError } from '@civic/util';

/** Relay-style paging arguments shared by every list in the API. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'How many items to return (1–100, default 25).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (from pageInfo.endCursor).' })
  after?: string;
}

/** Every subgraph pages the same way, so the type is shared across the federation. */
@ObjectType()
@Directive('@shareable')
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Array<Edge<T>>;
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the `XConnection` and `XEdge` object types for a node type. */
export function ConnectionType<T>(nodeType: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionObject {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionObject;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

/** Offset-based cursors: opaque to clients, stable for a stable sort order. */
export interface PageWindow {
  offset: number;
  limit: number;
}

export function pageWindow(args: PageArgs): PageWindow {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `first must be between 1 and ${MAX_PAGE_SIZE}`, { field: 'first' });
  }
  return { offset: args.after === undefined || args.after === null ? 0 : decodeCursor(args.after) + 1, limit };
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^o:(\d{1,9})$/.exec(decoded);
  if (!match?.[1]) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'after is not a valid cursor', { field: 'after' });
  return Number(match[1]);
}

/** Wraps one page of rows (fetched with `pageWindow`) and the total into a connection. */
export function toConnection<T>(rows: T[], totalCount: number, window: PageWindow): Connection<T> {
  const edges = rows.map((node, index) => ({ cursor: encodeCursor(window.offset + index), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: window.offset + rows.length < totalCount,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
