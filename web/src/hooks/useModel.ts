import { query } from '../api';
import { ModelDocument, type EntityKind, type ModelQuery } from '../generated/graphql';
import { useLoad, type Load } from './useLoad';

export type KindInfo = ModelQuery['kinds'][number];
export type RelationshipTypeInfo = ModelQuery['relationshipTypes'][number];

/** Every kind and relationship type with the API's descriptions. */
export interface Model extends ModelQuery {
  /** Every kind, in the model's order (a kind's colour and shape in the drawings come from its place here). */
  allKinds: EntityKind[];
  /** Each relationship type's meaning ("a city lies in a country"). */
  meanings: ReadonlyMap<string, string>;
}

let asked: Promise<Model> | null = null;

/** The model's kinds and relationship types, asked once per page load (the model does not change while it runs). */
export function useModel(): Load<Model> {
  return useLoad('model', () => {
    // Not cancelled with the asking view: other views share the answer.
    asked ??= query(ModelDocument, {}).then(
      (answer) => ({ ...answer, allKinds: answer.kinds.map((info) => info.kind), meanings: new Map(answer.relationshipTypes.map((info) => [info.type, info.meaning])) }),
      (error: unknown) => {
        asked = null;
        throw error;
      },
    );
    return asked;
  });
}
