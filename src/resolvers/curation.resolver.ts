import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { Context } from '../loaders/context';
import { EntityRecord } from '../loaders/entityRecord';
import { findEntity } from '../loaders/entityLoader';
import { ChangeOutcome } from '../curation/changeSet';
import { createEntity, createSource, deleteEntity, updateEntity, WriteOptions } from '../curation/entityWrites';
import { link, unlink } from '../curation/relationshipWrites';
import { addEvidence, retractEvidence } from '../curation/evidenceWrites';
import { mergeEntities } from '../curation/mergeEntities';
import { WRITE_COST, WRITE_ITEM_COST, costOf } from './fields/fieldCost';
import { RoleMutation } from './fields/restricted';
import { Entity } from './types/entity.interface';
import { WriteResult } from './writeResult.type';
import { AddEvidenceInput, CreateEntityInput, CreateSourceInput, LinkInput, RelationshipKeyInput, RetractEvidenceInput, UpdateEntityInput } from './curation.inputs';

/** A write pays WRITE_COST, plus WRITE_ITEM_COST for what it writes and per piece of evidence. */
const writeCost = costOf({
  work: (args) => {
    const evidence = (args.input as { evidence?: unknown } | undefined)?.evidence;
    return WRITE_COST + (1 + (Array.isArray(evidence) ? evidence.length : 0)) * WRITE_ITEM_COST;
  },
});

function result(outcome: ChangeOutcome<unknown>, entityId: string | null): WriteResult {
  return { changeId: outcome.changeId, changed: outcome.items.map((item) => item.subject), entityId };
}

function options(ctx: Context): WriteOptions {
  return { sourceTexts: ctx.sourceTexts };
}

@Resolver(() => WriteResult)
export class CurationResolver {
  @FieldResolver(() => Entity, { nullable: true, description: 'The entity written (created, updated or merged into), as the API shows it now; null for other writes.' })
  async entity(@Root() root: WriteResult, @Ctx() ctx: Context): Promise<EntityRecord | null> {
    return root.entityId ? findEntity(ctx.loaders.entity, root.entityId) : null;
  }

  @RoleMutation('editor', () => WriteResult, { description: 'Adds a source, cited by reference (address, title, publisher) or held as text (file). An id taken is a CONFLICT.', complexity: writeCost })
  async createSource(@Arg('input', () => CreateSourceInput, { description: 'The source.' }) input: CreateSourceInput, @Ctx() ctx: Context): Promise<WriteResult> {
    const { id, name, documentType, ...rest } = input;
    const given = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== null && v !== undefined));
    const outcome = await createSource(ctx.db, ctx.viewer!, { id, name, documentType, ...given });
    return result(outcome, outcome.result);
  }

  @RoleMutation('editor', () => WriteResult, {
    description: "Adds an entity as a source states it, with evidence (at least one piece: an excerpt verbatim in its source's text, or a citation of a source cited by reference). Validated by the seed format's rules (id format, kind, properties, partial dates); an id taken is a CONFLICT.",
    complexity: writeCost,
  })
  async createEntity(@Arg('input', () => CreateEntityInput, { description: 'The entity, its source and evidence.' }) input: CreateEntityInput, @Ctx() ctx: Context): Promise<WriteResult> {
    const outcome = await createEntity(ctx.db, ctx.viewer!, input, options(ctx));
    return result(outcome, outcome.result);
  }

  @RoleMutation('editor', () => WriteResult, {
    description: "Records what a source states about an entity, with evidence: each value given replaces that source's earlier claim of it (null in properties withdraws it); other sources' claims stay, and where they disagree both are kept (see claims and disputes).",
    complexity: writeCost,
  })
  async updateEntity(@Arg('input', () => UpdateEntityInput, { description: 'What the source states, and its evidence.' }) input: UpdateEntityInput, @Ctx() ctx: Context): Promise<WriteResult> {
    const outcome = await updateEntity(ctx.db, ctx.viewer!, input, options(ctx));
    return result(outcome, outcome.result);
  }

  @RoleMutation('editor', () => WriteResult, { description: 'Deletes an entity. Refused (CONFLICT) while it has relationships unless detach is true, and for a source still cited as evidence.', complexity: writeCost })
  async deleteEntity(
    @Arg('id', () => ID, { description: 'The entity.' }) id: string,
    @Arg('detach', () => Boolean, { nullable: true, description: 'Delete its relationships with it (default false: refuse while it has any).' }) detach: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<WriteResult> {
    return result(await deleteEntity(ctx.db, ctx.viewer!, id, detach ?? false), null);
  }

  @RoleMutation('editor', () => WriteResult, {
    description: "Records a relationship as a source states it, with evidence; both ends must exist, of kinds its type joins. Linking an existing relationship adds this source's claims and evidence to it.",
    complexity: writeCost,
  })
  async link(@Arg('input', () => LinkInput, { description: 'The relationship, its source and evidence.' }) input: LinkInput, @Ctx() ctx: Context): Promise<WriteResult> {
    return result(await link(ctx.db, ctx.viewer!, input, options(ctx)), null);
  }

  @RoleMutation('editor', () => WriteResult, { description: 'Removes a relationship with all its claims and evidence (history keeps them; revertChange restores it).', complexity: writeCost })
  async unlink(@Arg('input', () => RelationshipKeyInput, { description: 'The relationship.' }) input: RelationshipKeyInput, @Ctx() ctx: Context): Promise<WriteResult> {
    return result(await unlink(ctx.db, ctx.viewer!, { from: input.from, type: input.type, to: input.to }), null);
  }

  @RoleMutation('editor', () => WriteResult, { description: 'Adds pieces of evidence (each naming its source, verified like any other) to an entity or a relationship.', complexity: writeCost })
  async addEvidence(@Arg('input', () => AddEvidenceInput, { description: 'The subject and the pieces.' }) input: AddEvidenceInput, @Ctx() ctx: Context): Promise<WriteResult> {
    const outcome = await addEvidence(ctx.db, ctx.viewer!, input, options(ctx));
    return result(outcome, input.subject.id ?? null);
  }

  @RoleMutation('editor', () => WriteResult, {
    description: "Takes away one piece of evidence. When its source then gives no evidence there, that source's claims go too. The last piece of evidence of an entity or relationship cannot go (CONFLICT): delete or unlink it instead.",
    complexity: writeCost,
  })
  async retractEvidence(@Arg('input', () => RetractEvidenceInput, { description: 'The piece to take away.' }) input: RetractEvidenceInput, @Ctx() ctx: Context): Promise<WriteResult> {
    const outcome = await retractEvidence(ctx.db, ctx.viewer!, input);
    return result(outcome, input.subject.id ?? null);
  }

  @RoleMutation('editor', () => WriteResult, {
    description: "Merges two entities of one kind that are one real thing: the merged one's relationships, claims and evidence move to the survivor (each source's spelling of its name becomes an alias), it goes, and its id keeps resolving to the survivor.",
    complexity: writeCost,
  })
  async mergeEntities(
    @Arg('survivorId', () => ID, { description: 'The entity that stays.' }) survivorId: string,
    @Arg('mergedId', () => ID, { description: 'The entity merged into it (its id then resolves to the survivor).' }) mergedId: string,
    @Ctx() ctx: Context,
  ): Promise<WriteResult> {
    const outcome = await mergeEntities(ctx.db, ctx.viewer!, survivorId, mergedId);
    return result(outcome, outcome.result);
  }
}
