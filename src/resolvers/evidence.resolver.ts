import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { KIND_TYPES } from './kinds/kindTypes';
import { Context } from '../loaders/context';
import { EntityRecord, EvidenceRecord } from '../loaders/entityRecord';
import { Evidence } from './types/evidence.type';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => KIND_TYPES.Source, { description: 'The document the excerpt is quoted from.' })
  source(@Root() evidence: EvidenceRecord, @Ctx() ctx: Context): Promise<EntityRecord> {
    return ctx.loaders.entity.load(evidence.sourceId);
  }
}
