import { ClientError, GraphQLClient } from 'graphql-request';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ScnClientError, ScnGraphQLError } from './scnClientError';
import { HEADER } from '../http/httpHeaders';
import {
  CitiesDocument,
  CitiesQueryVariables,
  CountryActivityDocument,
  CountryActivityQueryVariables,
  EntityDocument,
  EventsByYearDocument,
  EventsByYearQueryVariables,
  EventsDocument,
  EventsQueryVariables,
  StatsDocument,
  ThemeCoverageDocument,
  ThemeCoverageQueryVariables,
} from './generated/graphql';

export interface ScnClientOptions {
  /** Sent with every request (an X-Request-Id, say). */
  headers?: Record<string, string>;
  /** Default: the global fetch. */
  fetch?: typeof fetch;
  /** A bookmark to start from: another client's `bookmark`, so this one reads what that one wrote (see `bookmark`). */
  bookmark?: string;
}

type Variables = Record<string, unknown>;

/**
 * A typed client of the SCN Graph API for dashboards, on graphql-request. `url` is the GraphQL endpoint
 * (http://localhost:4000/graphql). Every method resolves to the typed answer or throws a ScnClientError carrying
 * the GraphQL `extensions.code`. `request` runs any typed document (src/client/generated, or your own made with
 * GraphQL Code Generator); the other methods are the operations of src/client/operations.
 *
 * The client reads its own writes: it keeps the bookmark of its last write (response header Neo4j-Bookmark) and sends
 * it with every later request, so that a read sees that write whichever replica and Neo4j cluster member answers it.
 */
export function createScnClient(url: string, options: ScnClientOptions = {}) {
  let bookmark = options.bookmark ?? null;
  const fetchAfterBookmark: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    if (bookmark !== null) headers.set(HEADER.bookmark, bookmark);
    const response = await (options.fetch ?? fetch)(input, { ...init, headers });
    bookmark = response.headers.get(HEADER.bookmark) ?? bookmark;
    return response;
  };
  const client = new GraphQLClient(url, { headers: options.headers, fetch: fetchAfterBookmark });

  async function request<TResult, TVariables extends Variables>(document: TypedDocumentNode<TResult, TVariables>, ...variables: {} extends TVariables ? [TVariables?] : [TVariables]): Promise<TResult> {
    try {
      return await client.request<TResult, Variables>(document as TypedDocumentNode<TResult, Variables>, variables[0] as Variables);
    } catch (error) {
      throw asScnClientError(error);
    }
  }

  return {
    request,
    /** The bookmark of the last write this client made (or was given); null before any. */
    get bookmark(): string | null {
      return bookmark;
    },
    /** Risk themes by the events, cities and countries that took them up. */
    themeCoverage: async (variables: ThemeCoverageQueryVariables = {}) => (await request(ThemeCoverageDocument, variables)).themeCoverage,
    /** Countries by events held, events taken part in and distinct partners. */
    countryActivity: async (variables: CountryActivityQueryVariables = {}) => (await request(CountryActivityDocument, variables)).countryActivity,
    /** Dated events per year and region (region null: held in no region), by year then region name. */
    eventsByYear: async (variables: EventsByYearQueryVariables = {}) => (await request(EventsByYearDocument, variables)).eventsByYear,
    /** How many entities of each kind. */
    stats: async () => (await request(StatsDocument)).stats,
    /** One page of cities with totalCount; pass `pageInfo.endCursor` as `after` for the next. */
    cities: async (variables: CitiesQueryVariables) => (await request(CitiesDocument, variables)).cities,
    /** One page of the timeline with totalCount. */
    events: async (variables: EventsQueryVariables) => (await request(EventsDocument, variables)).events,
    /** One entity with its relationships and evidence; null when no entity has the id. */
    entity: async (id: string, first?: number) => (await request(EntityDocument, { id, first })).node,
  };
}

export type ScnClient = ReturnType<typeof createScnClient>;

function asScnClientError(error: unknown): ScnClientError {
  if (error instanceof ClientError) {
    const errors = (error.response.errors ?? []) as unknown as ScnGraphQLError[];
    const first = errors[0];
    const message = first ? first.message : `HTTP ${error.response.status} from the SCN Graph API`;
    return new ScnClientError(message, first?.extensions?.code ?? null, errors, error.response.status, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ScnClientError(`The SCN Graph API could not be reached: ${message}`, null, [], null, { cause: error });
}
