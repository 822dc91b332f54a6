import type { GraphQLResolveInfo } from 'graphql';
import { Arg, ClassType, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { KIND_NAMES } from '../../model/kinds';
import { RelationshipDecl } from '../../model/modelTypes';
import { RELATIONSHIPS } from '../../model/relationships';
import { RelationshipField, fieldsDeclaredOn } from '../../model/relationshipFields';
import { preloaded } from '../../compiler/preloaded';
import { Context } from '../../loaders/context';
import { EntityRecord } from '../../loaders/entityRecord';
import { checkFirst } from '../../errors/checkFirst';
import { RELATED_COST, RELATED_FIRST, RelationSpec, relatedEdges, relatedList, relatedOne } from '../fields/related';
import { graphQLTypeNamed } from './kindTypes';
import { EDGE_TYPES } from './edgeTypes';

/** What the batched loader follows for a field: its type and direction, and its kinds when it keeps fewer than the other end has. */
function specOf(field: RelationshipField): RelationSpec {
  const decl = RELATIONSHIPS[field.type] as RelationshipDecl;
  const otherEnd = field.direction === 'OUT' ? decl.to : decl.from;
  const keepsSome = field.targetKinds.length < otherEnd.length || field.targetKinds.length === 1;
  return { types: [field.type], direction: field.direction, kinds: keepsSome ? field.targetKinds : null };
}

/**
 * Declares one relationship field on `resolver`: the value a compiled statement preloaded for it when there is
 * one, else the related entities (for an `edge` field, the relationships) through the request's batched loader.
 * A list field takes `first` (checked against its bounds either way); a `one` field is a nullable single.
 */
function declareRelationshipField(resolver: ClassType, field: RelationshipField): void {
  const spec = specOf(field);
  const prototype = resolver.prototype as Record<string, unknown>;
  const returns = field.edge ? EDGE_TYPES[field.returns] : graphQLTypeNamed(field.returns);
  const load = field.edge ? relatedEdges : relatedList;
  const name = field.name;
  if (field.one) {
    prototype[name] = (root: EntityRecord, ctx: Context, info: GraphQLResolveInfo) => {
      const value = preloaded(root, info);
      return value !== undefined ? value : relatedOne(ctx, root, spec);
    };
    FieldResolver(() => returns, { nullable: true, description: field.description })(prototype, name, Object.getOwnPropertyDescriptor(prototype, name)!);
    Root()(prototype, name, 0);
    Ctx()(prototype, name, 1);
    Info()(prototype, name, 2);
  } else {
    prototype[name] = (root: EntityRecord, first: number, ctx: Context, info: GraphQLResolveInfo) => {
      checkFirst(first);
      const value = preloaded(root, info);
      return value !== undefined ? value : load(ctx, root, spec, first);
    };
    FieldResolver(() => [returns], { description: field.description, complexity: RELATED_COST })(prototype, name, Object.getOwnPropertyDescriptor(prototype, name)!);
    Root()(prototype, name, 0);
    Arg('first', () => Int, { ...RELATED_FIRST, defaultValue: field.defaultFirst })(prototype, name, 1);
    Ctx()(prototype, name, 2);
    Info()(prototype, name, 3);
  }
}

/** A resolver class with the relationship fields the model declares on one type (a kind or an interface). */
function relationshipResolver(owner: string, fields: RelationshipField[]): ClassType {
  const name = `${owner}RelationshipResolver`;
  const resolver = { [name]: class {} }[name];
  for (const field of fields) declareRelationshipField(resolver, field);
  Resolver(() => graphQLTypeNamed(owner))(resolver);
  return resolver;
}

/** One resolver per type that has relationship fields: every relationship field of the model. */
export const RELATIONSHIP_RESOLVERS: ClassType[] = ['Entity', 'Event', ...KIND_NAMES]
  .map((owner) => [owner, fieldsDeclaredOn(owner)] as const)
  .filter(([, fields]) => fields.length > 0)
  .map(([owner, fields]) => relationshipResolver(owner, fields));
