import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Query, Resolver, Info } from 'type-graphql';
import { Context } from '../graphql/context';
import { PAGE_COST, PageArgs } from '../pagination/pageArgs';
import { connectionOf } from '../pagination/connection';
import { EntityOrder } from '../pagination/entityOrder.input';
import { entityPage } from '../pagination/entityPage';
import { EntityFilter } from '../entity/entityFilter.input';
import { Source } from './source.type';

export const SourceConnection = connectionOf(Source, 'Source');

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => SourceConnection, { description: 'Source documents and the reference data set, filtered, ordered and paginated.', complexity: PAGE_COST })
  sources(
    @Args() page: PageArgs,
    @Arg('filter', () => EntityFilter, { nullable: true, description: 'Conditions every returned item meets (all of them).' }) filter: EntityFilter | null,
    @Arg('orderBy', () => EntityOrder, { nullable: true, description: 'Sort order; by name unless the list says otherwise, ties by id.' }) orderBy: EntityOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return entityPage(ctx, { kinds: ['Source'], ids: filter?.ids, nameContains: filter?.nameContains }, { ...page, orderBy }, undefined, info);
  }
}
