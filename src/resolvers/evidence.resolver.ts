import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../loaders/context';
import { EntityRecord, EvidenceRecord } from '../loaders/entityRecord';
import { Source } from '../source/source.type';
import { Evidence } from './types/evidence.type';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Source, { description: 'The document the excerpt is quoted from.' })
  source(@Root() evidence: EvidenceRecord, @Ctx() ctx: Context): Promise<EntityRecord> {
    return ctx.loaders.entity.load(evidence.sourceId);
  }
}
