import { Query, Resolver } from 'type-graphql';
import { KIND_NAMES, KINDS } from '../model/kinds';
import { KindDecl } from '../model/modelTypes';
import { RELATIONSHIPS } from '../model/relationships';
import { RELATIONSHIP_TYPE_NAMES } from '../model/relationshipTypeNames';
import { AGGREGATE_ROWS, costOf } from './fields/fieldCost';
import { KindInfo } from './types/kindInfo.type';
import { RelationshipTypeInfo } from './types/relationshipTypeInfo.type';

/** What the model declares, for clients that label and explain what they show; no database work. */
const KIND_INFOS: KindInfo[] = KIND_NAMES.map((kind) => {
  const decl: KindDecl = KINDS[kind];
  return { kind, description: decl.description, event: decl.event === true };
});

const RELATIONSHIP_TYPE_INFOS: RelationshipTypeInfo[] = RELATIONSHIP_TYPE_NAMES.map((type) => {
  const decl = RELATIONSHIPS[type];
  return { type, meaning: decl.meaning, fromKinds: [...decl.from], toKinds: [...decl.to] };
});

/** A list with no size argument, priced like the aggregates' rows. */
const MODEL_LIST_COST = costOf({ items: () => AGGREGATE_ROWS });

@Resolver()
export class ModelResolver {
  @Query(() => [KindInfo], { description: "Every kind of entity, in the model's order, with its description and whether it is an event kind.", complexity: MODEL_LIST_COST })
  kinds(): KindInfo[] {
    return KIND_INFOS;
  }

  @Query(() => [RelationshipTypeInfo], { description: "Every relationship type, in the model's order, with its meaning and the kinds it joins.", complexity: MODEL_LIST_COST })
  relationshipTypes(): RelationshipTypeInfo[] {
    return RELATIONSHIP_TYPE_INFOS;
  }
}
