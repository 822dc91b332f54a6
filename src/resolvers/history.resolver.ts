import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Context } from '../loaders/context';
import { badInput } from '../errors/badInput';
import { BOUNDS } from '../model/bounds';
import { ChangeRecord, HistoryPosition, readHistory, readRecentChanges } from '../curation/history';
import { decodeCursor, encodeCursor } from './pagination/cursor';
import { listCost } from './fields/fieldCost';
import { RoleQuery } from './fields/restricted';
import { Change } from './change.type';

function checkHistoryFirst(first: number): number {
  if (first < 0) throw badInput('first', 'must not be less than 0.');
  if (first > BOUNDS.historyMaxFirst) throw badInput('first', `must not be greater than ${BOUNDS.historyMaxFirst}.`);
  return first;
}

/** An ISO 8601 date-time argument, as stored (UTC, milliseconds); null stays null. */
function checkDateTime(argument: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const time = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(time)) throw badInput(argument, `must be an ISO 8601 date or date-time, e.g. "2026-11-26T20:00:00Z"; got ${JSON.stringify(value.slice(0, 50))}.`);
  return new Date(time).toISOString();
}

/** History's one order: newest first (then changeId, then the order recorded). */
const HISTORY_ORDER = { field: 'at', direction: 'DESC' };

function withCursor(records: ChangeRecord[]): Change[] {
  return records.map((r) => ({ ...r, cursor: encodeCursor(HISTORY_ORDER, r.at, `${r.changeId} ${r.seq}`) }));
}

function position(after: string | null | undefined): HistoryPosition | null {
  if (after === null || after === undefined) return null;
  const { sortKey, id } = decodeCursor(after, HISTORY_ORDER);
  const [changeId, seq] = id.split(' ');
  if (!changeId || !/^\d+$/.test(seq ?? '')) throw badInput('after', 'is not a cursor returned by this API (use the cursor of the last entry seen).');
  return { at: sortKey, changeId, seq: Number(seq) };
}

const AFTER_DESCRIPTION = 'Only entries after this one: the cursor of the last entry of the previous page.';

const HISTORY_COST = listCost('first', BOUNDS.historyMaxFirst);

@Resolver(() => Change)
export class HistoryResolver {
  @Query(() => [Change], {
    description:
      'The recorded changes to this entity and to relationships with it at either end, newest first, one entry per entity or relationship changed (a change touching several has one entry each, sharing its changeId). Page on with `after` set to the cursor of the last entry seen. History is part of the public record: anyone who may read the graph may read it; it names the key that made each change, never the key itself or its id.',
    complexity: HISTORY_COST,
  })
  async history(
    @Arg('id', () => ID, { description: 'The entity, e.g. "city:durres" (also an id merged away or deleted: its history stays).' }) id: string,
    @Arg('first', () => Int, { defaultValue: BOUNDS.historyDefaultFirst, description: `How many entries, at most ${BOUNDS.historyMaxFirst}.` }) first: number,
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<Change[]> {
    return withCursor(await readHistory(ctx.db, id, checkHistoryFirst(first), position(after)));
  }

  @RoleQuery('admin', () => [Change], {
    description: "Everyone's recorded changes, newest first, flat: one entry per entity or relationship changed (entries of one change share its changeId). Page on with `after` (the cursor of the last entry seen).",
    complexity: HISTORY_COST,
  })
  async recentChanges(
    @Arg('first', () => Int, { defaultValue: BOUNDS.historyDefaultFirst, description: `How many entries, at most ${BOUNDS.historyMaxFirst}.` }) first: number,
    @Arg('by', () => String, { nullable: true, description: 'Only changes made with the key of this name.' }) by: string | null,
    @Arg('operation', () => String, { nullable: true, description: 'Only changes of this operation, e.g. "importDocument".' }) operation: string | null,
    @Arg('since', () => String, { nullable: true, description: 'Only changes made at or after this ISO 8601 date or date-time.' }) since: string | null,
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<Change[]> {
    return withCursor(await readRecentChanges(ctx.db, { first: checkHistoryFirst(first), by: by ?? null, operation: operation ?? null, since: checkDateTime('since', since), after: position(after) }));
  }
}
