import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { Context } from '../loaders/context';
import { EntityRecord, toEntityRecord } from '../loaders/entityRecord';
import { SearchHit } from './types/searchHit.type';
import { SEARCH_COST, SearchArgs } from './types/searchArgs';
import { luceneQuery } from './luceneQuery';
import { SearchMatch, searchMatches } from './searchMatches';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], { description: 'Full-text search over names, aliases and descriptions, best first (ties by name).', complexity: SEARCH_COST })
  async search(@Args() args: SearchArgs, @Ctx() ctx: Context): Promise<{ entity: EntityRecord; score: number; matches: SearchMatch[] }[]> {
    const query = luceneQuery(args.text);
    if (!query) return [];
    const rows = await ctx.db.read('search-entities', { query, exact: args.text.trim().toLocaleLowerCase('en'), kinds: args.kinds ?? null, first: args.first });
    return rows.map((row) => {
      const entity = toEntityRecord(row.node as Record<string, unknown>);
      return { entity, score: Number(row.score), matches: searchMatches(args.text, entity) };
    });
  }
}
