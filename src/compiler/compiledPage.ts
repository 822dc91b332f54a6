import { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { Database } from '../database/database';
import { EntityRecord } from '../loaders/entityRecord';
import { ResultBudget } from '../loaders/resultBudget';
import { KIND_NAMES, KindName } from '../model/kinds';
import { OrderFieldName } from '../model/modelTypes';
import { decoderOf, DecodeCount, kindLabels, name, Params, projection, rowDecoder } from './compileSelection';
import { compileFilter, EntitySelection, filtered } from './listFilter';
import { NodePlan, planSelection, subSelections } from './selectionPlan';

/** What the compiled statements need from a request. */
export interface CompileContext {
  db: Database;
  budget: ResultBudget;
}

export interface PageRequest {
  order: { field: OrderFieldName; direction: 'ASC' | 'DESC' };
  after: { sortKey: string; id: string } | null;
  /** Rows to read: the page size + 1, to see whether a next page follows. */
  limit: number;
}

/** The sort key of each order; NAME and ID read the sortName and id indexes in order. Undated entities sort first. */
const SORT_KEYS: Record<OrderFieldName, { key: string; indexed: boolean }> = {
  NAME: { key: 'n.sortName', indexed: true },
  ID: { key: 'n.id', indexed: true },
  DATE: { key: "coalesce(n.dateIso, '')", indexed: false },
};

interface CompiledStatement {
  text: string;
  params: Params;
  decoder: ReturnType<typeof decoderOf>;
}

/** Compiled statements per query document field (the parsed document is reused for repeated queries), then per shape. */
const cache = new WeakMap<object, Map<string, CompiledStatement>>();
/** The cache slot of statements compiled without a selection (every property, relationship fields left to loaders). */
const NO_SELECTION = {};

function cached(owner: object, shape: string, compile: () => CompiledStatement): CompiledStatement {
  let byShape = cache.get(owner);
  if (!byShape) cache.set(owner, (byShape = new Map()));
  let statement = byShape.get(shape);
  if (!statement) byShape.set(shape, (statement = compile()));
  return statement;
}

/** The selection of a root field's entities: the connection's edges { node }, or the field itself. */
function rootSelections(info: GraphQLResolveInfo, connection: boolean): SelectionSetNode[] {
  const own = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  return connection ? subSelections(subSelections(own, 'edges', info.fragments), 'node', info.fragments) : own;
}

/** The projection of `n` for a plan, or every stored property when there is no plan (relationship fields then load). */
function nodeProjection(plan: NodePlan | null, params: Params): string {
  return plan ? projection('n', plan, params) : 'n {.*}';
}

async function run(ctx: CompileContext, label: string, statement: CompiledStatement, params: Record<string, unknown>, variables: Record<string, unknown>) {
  const all = { ...params, ...statement.params.bind(variables) };
  ctx.budget.check();
  const count: DecodeCount = { entities: 0 };
  const rows = await ctx.db.readCompiled(label, statement.text, all, rowDecoder(statement.decoder, count));
  ctx.budget.spend(count.entities);
  return rows;
}

/**
 * One page of a list query in one statement: typed MATCH, the list filter, keyset cursor and index order,
 * and (with `info`) the whole selection of the page's nodes, nested relationship fields included.
 */
export async function compiledPage(
  ctx: CompileContext,
  selection: EntitySelection,
  page: PageRequest,
  info?: GraphQLResolveInfo,
): Promise<{ node: EntityRecord; sortKey: unknown }[]> {
  const filter = compileFilter(selection, kindLabels);
  const { order, after } = page;
  const shape = `${filter.kinds.join('|')};${filter.shape};${order.field};${order.direction};${after ? 'after' : ''}`;
  const statement = cached(info?.fieldNodes[0] ?? NO_SELECTION, shape, () => {
    const params = new Params();
    const plan = info ? planSelection(rootSelections(info, true), filter.kinds, info.fragments) : null;
    const sort = SORT_KEYS[order.field];
    const [gt, desc] = order.direction === 'DESC' ? ['<', ' DESC'] : ['>', ''];
    const where = [...(sort.indexed ? [`${sort.key} IS NOT NULL`] : []), ...filter.where];
    if (after) where.push(`(${sort.key} ${gt} $afterKey OR (${sort.key} = $afterKey AND n.id ${gt} $afterId))`);
    const text = [
      filtered({ ...filter, where }),
      `WITH n ORDER BY ${sort.key}${desc}, n.id${desc} LIMIT $limit`,
      `RETURN ${nodeProjection(plan, params)} AS node, ${sort.key} AS sortKey`,
    ].join('\n');
    return { text, params, decoder: decoderOf(plan ?? { kinds: [], properties: [], relations: [], evidence: [] }) };
  });
  const params = { ...filter.params, limit: page.limit, afterKey: after?.sortKey ?? null, afterId: after?.id ?? null };
  return run(ctx, 'compiled-page', statement, params, info?.variableValues ?? {});
}

/** How many entities the list filter keeps: from the count store when nothing filters, else counted with the filter. */
export async function compiledCount(ctx: CompileContext, selection: EntitySelection): Promise<number> {
  const filter = compileFilter(selection, kindLabels);
  const text =
    filter.shape === ''
      ? `RETURN ${filter.kinds.map((kind) => `COUNT { MATCH (:${name(kind)}) }`).join(' + ')} AS total`
      : `${filtered(filter)}\nRETURN count(DISTINCT n) AS total`;
  const rows = await ctx.db.readCompiled('compiled-count', text, filter.params, (record) => Number(record.get('total')));
  return rows[0] ?? 0;
}

/**
 * The entities with these ids in one statement, with the whole selection of the root field (`node`,
 * `entities`); null for an id with no entity, in the order of `ids`.
 */
export async function compiledEntities(ctx: CompileContext, ids: readonly string[], info: GraphQLResolveInfo): Promise<(EntityRecord | null)[]> {
  const statement = cached(info.fieldNodes[0], 'entities', () => {
    const params = new Params();
    const plan = planSelection(rootSelections(info, false), KIND_NAMES as KindName[], info.fragments);
    const text = `UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN ${nodeProjection(plan, params)} AS node`;
    return { text, params, decoder: decoderOf(plan) };
  });
  const rows = await run(ctx, 'compiled-entities', statement, { ids: [...new Set(ids)] }, info.variableValues);
  const byId = new Map(rows.map((row) => [row.node.id, row.node]));
  const found = ids.map((id) => byId.get(id) ?? null);
  // An id asked for again is handed out again: it counts again, as through the entity loader.
  ctx.budget.spend(found.filter((entity) => entity !== null).length - rows.length);
  return found;
}
