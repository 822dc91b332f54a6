import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';

/** Requests per minute, counted per service instance (in memory). */
export interface RateLimits {
  /** Any request with a key, per key. */
  keyRequestsPerMinute: number;
  /** Any request without a key, per client address. */
  anonymousRequestsPerMinute: number;
  /** Mutations, per key (or address). */
  writesPerMinute: number;
  /** Rejected keys or Authorization headers, per address (a brute-force guard). */
  badKeysPerMinute: number;
}

export const RATE_LIMIT_DEFAULTS: RateLimits = { keyRequestsPerMinute: 600, anonymousRequestsPerMinute: 300, writesPerMinute: 60, badKeysPerMinute: 20 };

type LimitName = keyof RateLimits;

/** Over a limit: what to answer (HTTP 429, Retry-After in seconds, code RATE_LIMITED naming the limit). */
export interface Refusal {
  limit: LimitName;
  retryAfterSeconds: number;
  message: string;
}

/** The in-memory limiters of one service instance. */
export class RateLimiters {
  private readonly limiters: Record<LimitName, RateLimiterMemory>;

  constructor(private readonly limits: RateLimits) {
    this.limiters = Object.fromEntries(
      (Object.keys(limits) as LimitName[]).map((name) => [name, new RateLimiterMemory({ keyPrefix: name, points: limits[name], duration: 60 })]),
    ) as Record<LimitName, RateLimiterMemory>;
  }

  /** Counts one against `limit` for `key`; the refusal when over it, else null. */
  async consume(limit: LimitName, key: string): Promise<Refusal | null> {
    try {
      await this.limiters[limit].consume(key);
      return null;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      return { limit, retryAfterSeconds, message: `Rate limit ${limit} (${this.limits[limit]} a minute) exceeded: retry after ${retryAfterSeconds} s.` };
    }
  }

  /** Whether `key` is already over `limit`, without counting. */
  async over(limit: LimitName, key: string): Promise<Refusal | null> {
    const state = await this.limiters[limit].get(key);
    if (!state || state.consumedPoints < this.limits[limit]) return null;
    const retryAfterSeconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
    return { limit, retryAfterSeconds, message: `Rate limit ${limit} (${this.limits[limit]} a minute) exceeded: retry after ${retryAfterSeconds} s.` };
  }
}

/** The GraphQL error for a refusal (Apollo sends its status and Retry-After header). */
export function rateLimited(refusal: Refusal): GraphQLError {
  return new GraphQLError(refusal.message, {
    extensions: { code: 'RATE_LIMITED', limit: refusal.limit, http: { status: 429, headers: new Map([['retry-after', String(refusal.retryAfterSeconds)]]) } },
  });
}

/**
 * Counts mutations against writesPerMinute per key once the operation is known (one POST body may hold a mutation);
 * over the limit the operation is refused before any resolver runs. A mutation without a key is refused anyway
 * (UNAUTHENTICATED) and counts against the address's general limit only.
 */
export function writeLimitPlugin<C extends { viewer: { keyId: string } | null }>(limiters: RateLimiters): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation' || !contextValue.viewer) return;
          const refusal = await limiters.consume('writesPerMinute', `key:${contextValue.viewer.keyId}`);
          if (refusal) throw rateLimited(refusal);
        },
      };
    },
  };
}
