import { GraphQLError } from 'graphql';

/** Entities and relationships one request may put into its answer through lists, relationship fields and ids. */
export const MAX_RESULT_ITEMS = 20_000;

/**
 * Counts the entities and relationships a request puts into its answer, so a query that passes the
 * static cost but meets a dense part of the graph, or the same entities over and over, fails with
 * RESULT_TOO_LARGE instead of growing the process's memory. Once spent, every further read fails too.
 */
export class ResultBudget {
  private used = 0;

  constructor(readonly max: number = MAX_RESULT_ITEMS) {}

  /** Records `items` more entities or relationships; throws once the request is past its budget. */
  spend(items: number): void {
    this.used += items;
    this.check();
  }

  /** Throws when the request is already past its budget (so nothing more is read for it). */
  check(): void {
    if (this.used > this.max) {
      throw new GraphQLError(`The answer would hold more than ${this.max} entities and relationships: ask for smaller pages (first) or fewer nested lists.`, {
        extensions: { code: 'RESULT_TOO_LARGE', maxItems: this.max },
      });
    }
  }
}
