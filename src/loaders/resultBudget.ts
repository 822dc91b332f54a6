import { GraphQLError } from 'graphql';

/** Entities and relationships one request may read for its lists and relationship fields. */
export const MAX_RESULT_ITEMS = 100_000;

/**
 * Counts what a request reads, so a query that passes the static cost but meets a dense part of the
 * graph fails with RESULT_TOO_LARGE instead of growing the process's memory. Once spent, every
 * further read of the request fails too.
 */
export class ResultBudget {
  private used = 0;

  constructor(readonly max: number = MAX_RESULT_ITEMS) {}

  /** Records `items` more entities or relationships read; throws once the request is past its budget. */
  spend(items: number): void {
    this.used += items;
    if (this.used > this.max) {
      throw new GraphQLError(`The answer would hold more than ${this.max} entities and relationships: ask for smaller pages (first) or fewer nested lists.`, {
        extensions: { code: 'RESULT_TOO_LARGE', maxItems: this.max },
      });
    }
  }
}
