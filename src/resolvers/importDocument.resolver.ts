import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, ID, Resolver } from 'type-graphql';
import { Context } from '../loaders/context';
import { badInput } from '../errors/badInput';
import { ImportOutcome, importDocument } from '../curation/importDocument';
import { revertChange } from '../curation/revertChange';
import { SeedError } from '../seed/readSeeds';
import { WRITE_COST, WRITE_ITEM_COST, costOf } from './fields/fieldCost';
import { RoleMutation } from './fields/restricted';
import { ImportReport, RevertResult } from './change.type';

const listLength = (value: unknown): number => (Array.isArray(value) ? value.length : 0);

/** An import pays WRITE_COST plus WRITE_ITEM_COST per entity and relationship of its document. */
const IMPORT_COST = costOf({
  work: (args) => {
    const doc = args.document as { entities?: unknown; relationships?: unknown } | undefined;
    return WRITE_COST + (listLength(doc?.entities) + listLength(doc?.relationships)) * WRITE_ITEM_COST;
  },
});

function toReport(outcome: ImportOutcome): ImportReport {
  return {
    ...outcome,
    createdCount: outcome.created.length,
    changedCount: outcome.changed.length,
    prunedCount: outcome.pruned.length,
    unchangedCount: outcome.unchanged.length,
  };
}

@Resolver()
export class ImportDocumentResolver {
  @RoleMutation('editor', () => ImportReport, {
    description:
      "Imports one source document in the seeds/ format ({source, entities, relationships}; reference data is the maintainers' and refused), as one change: its source's evidence and claims replace those of an earlier import of it, and what it no longer states loses them (and goes when no evidence is left). Validated whole before anything is written (every relationship end stated or stored and of a kind its type allows, every evidence source known, excerpts verbatim in their source's text): an invalid document is a BAD_USER_INPUT error naming the document, the entity or relationship #n and the field, and writes nothing. At most 500 entities and 2,000 relationships. With dryRun, reports what it would do and writes nothing.",
    complexity: IMPORT_COST,
  })
  async importDocument(
    @Arg('document', () => GraphQLJSONObject, { description: 'The document, as a seed file holds it.' }) document: Record<string, unknown>,
    @Arg('dryRun', () => Boolean, { nullable: true, description: 'Work out the report, then roll back: nothing is written or recorded.' }) dryRun: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<ImportReport> {
    try {
      return toReport(await importDocument(ctx.db, ctx.viewer!, document, { dryRun: dryRun ?? false, sourceTexts: ctx.sourceTexts }));
    } catch (error) {
      if (error instanceof SeedError) throw badInput('document', `is not a valid document: ${error.message}`);
      throw error;
    }
  }

  @RoleMutation('editor', () => RevertResult, {
    description:
      'Restores every entity and relationship of a recorded change to its state before it, as one new change (itself in history, and revertible). An unknown changeId is NOT_FOUND; a change already reverted, or one whose subjects have changed since (revert the later change first), is a CONFLICT, and nothing is written.',
    complexity: costOf({ work: () => WRITE_COST }),
  })
  async revertChange(@Arg('changeId', () => ID, { description: 'The change to revert (a changeId of history).' }) changeId: string, @Ctx() ctx: Context): Promise<RevertResult> {
    return revertChange(ctx.db, ctx.viewer!, changeId);
  }
}
