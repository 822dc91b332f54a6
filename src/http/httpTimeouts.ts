/** How long the HTTP server waits for a client, in milliseconds. */
export interface HttpTimeouts {
  /** To receive the request line and headers (slow-header clients are cut off after it). */
  headersMs: number;
  /** To receive the whole request, body included (not the time to answer it). */
  requestMs: number;
  /** An idle keep-alive connection stays open this long (set it above a proxy's idle timeout). */
  keepAliveMs: number;
}

export const HTTP_TIMEOUT_DEFAULTS: HttpTimeouts = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 };
