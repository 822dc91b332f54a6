import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, ClassType, Ctx, Field, ID, Info, InputType, Query, Resolver } from 'type-graphql';
import { EVENT_KIND_NAMES, EVENT_LIST, KIND_NAMES, KINDS, KindName } from '../../model/kinds';
import { FilterFieldDecl, KindDecl, ListDecl } from '../../model/modelTypes';
import { LINK_PATHS, LinkPathName } from '../../model/linkPaths';
import { propertiesOf } from '../../model/properties';
import { Context } from '../../loaders/context';
import { keptKinds } from '../fields/keptKinds';
import { EntityFilter } from '../types/entityFilter.input';
import { EntityKind } from '../types/entityKind.enum';
import { Event } from '../types/event.interface';
import { propertyType } from '../types/propertyFields';
import { connectionOf } from '../pagination/connection';
import { EntityOrder, OrderField } from '../pagination/entityOrder.input';
import { EntitySelection, entityPage } from '../pagination/entityPage';
import { PAGE_COST, PageArgs } from '../pagination/pageArgs';
import { KIND_TYPES } from './kindTypes';

type Values = Record<string, unknown>;

/** What a list asks the page statement for, from the values of its filter's declared conditions. */
export function selectionOf(kinds: string[], fields: readonly FilterFieldDecl[], values: Values | null | undefined): EntitySelection {
  const given = values ?? {};
  const selection = { kinds, ids: given.ids, nameContains: given.nameContains, equals: {}, links: [] } as EntitySelection & Required<Pick<EntitySelection, 'equals' | 'links'>>;
  for (const field of fields) {
    const value = given[field.name] as string | null | undefined;
    if ('equals' in field) selection.equals[field.equals] = field.upperCase ? value?.toUpperCase() : value;
    else if ('link' in field) {
      if (value) selection.links.push({ id: value, paths: LINK_PATHS[field.link as LinkPathName] });
    } else if ('date' in field) selection[field.date] = value;
    else selection.kinds = keptKinds(field.name, selection.kinds, given[field.name] as string[] | null | undefined);
  }
  return selection;
}

/** The GraphQL type of a filter condition: an id for links, a partial ISO date string, a list of kinds, or the compared property's type. */
function conditionType(kind: KindName, field: FilterFieldDecl): object {
  if ('link' in field) return ID;
  if ('date' in field) return String;
  if ('kinds' in field) return [EntityKind];
  return propertyType(propertiesOf(kind)[field.equals].type);
}

/** Declares a nullable field on `type` for each filter condition (`kind` has the properties they compare). */
function declareConditions(type: ClassType, kind: KindName, fields: readonly FilterFieldDecl[]): void {
  for (const field of fields) Field(() => conditionType(kind, field), { nullable: true, description: field.description })(type.prototype, field.name);
}

/** A kind's filter input: EntityFilter (ids, nameContains) plus the conditions its list declares. */
function filterInput(kind: KindName, filter: ListDecl['filter']): ClassType {
  if (!filter) return EntityFilter;
  const input = { [filter.name]: class extends EntityFilter {} }[filter.name];
  declareConditions(input, kind, filter.fields);
  InputType(filter.name, { description: filter.description })(input);
  return input;
}

/** Every list query of the model: one per kind, and `events`. */
class ListQueries {}
const prototype = ListQueries.prototype as Record<string, unknown>;

function declareMethod(name: string, method: (...args: never[]) => unknown): TypedPropertyDescriptor<unknown> {
  prototype[name] = method;
  return Object.getOwnPropertyDescriptor(prototype, name)!;
}

for (const kind of KIND_NAMES) {
  const list = (KINDS[kind] as KindDecl).list;
  const filterType = filterInput(kind, list.filter);
  const connection = connectionOf(KIND_TYPES[kind], kind);
  const descriptor = declareMethod(list.query, (page: PageArgs, filter: Values | null, orderBy: EntityOrder | null, ctx: Context, info: GraphQLResolveInfo) =>
    entityPage(ctx, selectionOf([kind], list.filter?.fields ?? [], filter), { ...page, orderBy }, list.defaultOrder as OrderField, info),
  );
  Query(() => connection, { description: list.description, complexity: PAGE_COST })(prototype, list.query, descriptor);
  Args(() => PageArgs)(prototype, list.query, 0);
  Arg('filter', () => filterType, { nullable: true, description: 'Conditions every returned item meets (all of them).' })(prototype, list.query, 1);
  Arg('orderBy', () => EntityOrder, { nullable: true, description: 'Sort order; by name unless the list says otherwise, ties by id.' })(prototype, list.query, 2);
  Ctx()(prototype, list.query, 3);
  Info()(prototype, list.query, 4);
}

/** The arguments of `events`: a page and the declared conditions, as top-level arguments. */
class EventsArgs extends PageArgs {}
declareConditions(EventsArgs, EVENT_KIND_NAMES[0], EVENT_LIST.arguments);
ArgsType()(EventsArgs);

const eventsDescriptor = declareMethod(EVENT_LIST.query, (args: EventsArgs & Values, ctx: Context, info: GraphQLResolveInfo) =>
  entityPage(ctx, selectionOf([...EVENT_KIND_NAMES], EVENT_LIST.arguments, args), { first: args.first, after: args.after, orderBy: EVENT_LIST.order as EntityOrder }, undefined, info),
);
const eventConnection = connectionOf(Event, 'Event');
Query(() => eventConnection, { description: EVENT_LIST.description, complexity: PAGE_COST })(prototype, EVENT_LIST.query, eventsDescriptor);
Args(() => EventsArgs)(prototype, EVENT_LIST.query, 0);
Ctx()(prototype, EVENT_LIST.query, 1);
Info()(prototype, EVENT_LIST.query, 2);

Resolver()(ListQueries);

export const ListQueriesResolver: ClassType = ListQueries;
