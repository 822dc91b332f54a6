import { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { KIND_TYPES } from './kinds/kindTypes';
import { preloaded } from '../compiler/preloaded';
import { Context } from '../loaders/context';
import { EntityRecord, EvidenceRecord } from '../loaders/entityRecord';
import { Evidence } from './types/evidence.type';

@Resolver(() => Evidence)
export class EvidenceResolver {
  /** The source a compiled statement fetched with the evidence, else (evidence of relationships, say) the entity loader. */
  @FieldResolver(() => KIND_TYPES.Source, { description: 'The source the excerpt is quoted from, or the source the citation cites.' })
  source(@Root() evidence: EvidenceRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): EntityRecord | Promise<EntityRecord> {
    return (preloaded(evidence, info) as EntityRecord | undefined) ?? ctx.loaders.entity.load(evidence.sourceId);
  }
}
