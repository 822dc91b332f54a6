import { ArrayMaxSize } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../loaders/context';
import { EntityRecord, RelationshipRecord } from '../loaders/entityRecord';
import { checkRelationshipTypes } from './fields/checkRelationshipTypes';
import { badInput } from '../errors/badInput';
import { listCost } from './fields/fieldCost';
import { RELATED_COST } from './fields/related';
import { Relationship } from './types/relationship.type';
import { Entity } from './types/entity.interface';
import { RelationshipsArgs } from './types/relationshipsArgs';
import { COMMON_CONNECTIONS_COST, CommonConnectionsArgs } from './types/commonConnectionsArgs';
import { toEntityRecord } from '../loaders/entityRecord';
import { findEntities, findEntity } from '../loaders/entityLoader';

export const ENTITIES_MAX_IDS = 500;

@ArgsType()
class EntitiesArgs {
  @Field(() => [ID], { description: `Ids to fetch (at most ${ENTITIES_MAX_IDS}).` })
  @ArrayMaxSize(ENTITIES_MAX_IDS)
  ids!: string[];
}

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: 'The entity with this id, of any kind; null when there is none.' })
  async node(@Arg('id', () => ID, { description: 'The id, e.g. "city:durres".' }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<EntityRecord | null> {
    return findEntity(ctx.loaders.entity, id, info);
  }

  @Query(() => [Entity], { nullable: 'items', description: 'The entities with these ids, in the same order; null for an id with no entity.', complexity: listCost('ids', ENTITIES_MAX_IDS) })
  async entities(@Args() { ids }: EntitiesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<(EntityRecord | null)[]> {
    return findEntities(ctx.loaders.entity, ids, info);
  }

  @Query(() => [Entity], { description: 'Entities directly linked to every one of the given entities (e.g. what two workshops share), by name.', complexity: COMMON_CONNECTIONS_COST })
  async commonConnections(@Args() { ids, first }: CommonConnectionsArgs, @Ctx() ctx: Context): Promise<EntityRecord[]> {
    const distinct = [...new Set(ids)];
    if (distinct.length < 2) throw badInput('ids', 'must name at least 2 different entities.');
    const rows = await ctx.db.read('common-connections', { ids: distinct, first });
    return rows.map((row) => toEntityRecord(row.node as Record<string, unknown>));
  }

  @FieldResolver(() => [Relationship], { description: 'Relationships of this entity with their evidence, for walking the graph generically; ordered by type, then the other end\'s name.', complexity: RELATED_COST })
  async relationships(@Root() root: EntityRecord, @Args() args: RelationshipsArgs, @Ctx() ctx: Context): Promise<RelationshipRecord[]> {
    const types = checkRelationshipTypes('types', args.types);
    const items = await ctx.loaders.related.load({ id: root.id, types, direction: args.direction, kinds: null, first: args.first, withRelationships: true });
    return items.map((item) => item.relationship!);
  }
}
