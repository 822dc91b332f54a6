import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The bookmarks of the work in progress (one HTTP request): those the client sent (header Neo4j-Bookmark: writes it
 * made earlier, perhaps through another replica) and those of the request's own last write. Every session the
 * request opens starts after all of them, so it sees those writes on whichever Neo4j server answers it.
 */
export class RequestBookmarks {
  private own: string[] = [];

  constructor(readonly sent: readonly string[]) {}

  /** What a session of this request must start after. */
  get startAfter(): string[] {
    return [...this.sent, ...this.own];
  }

  /** Bookmarks of the request's last committed write (empty when it wrote nothing): what the client sends back. */
  get written(): readonly string[] {
    return this.own;
  }

  /** Called when a write session closes: its last bookmarks (they follow every earlier one of the request). */
  wrote(bookmarks: string[]): void {
    if (bookmarks.length > 0) this.own = bookmarks;
  }
}

const current = new AsyncLocalStorage<RequestBookmarks>();

/** Runs `work` (and everything it starts) with these bookmarks from the client. */
export function runWithBookmarks<T>(sent: readonly string[], work: () => T): T {
  return current.run(new RequestBookmarks(sent), work);
}

/** The bookmarks of the request in progress; undefined outside one. */
export function requestBookmarks(): RequestBookmarks | undefined {
  return current.getStore();
}
