import { useMemo } from 'react';
import { ModelDocument, type EntityKind, type ModelQuery } from '../generated/graphql';
import { useQuery, type QueryState } from './useQuery';

export type KindInfo = ModelQuery['kinds'][number];
export type RelationshipTypeInfo = ModelQuery['relationshipTypes'][number];

/** Every kind and relationship type with the API's descriptions. */
export interface Model extends ModelQuery {
  /** Every kind, in the model's order (a kind's colour and shape in the drawings come from its place here). */
  allKinds: EntityKind[];
  /** Each relationship type's meaning ("a city lies in a country"). */
  meanings: ReadonlyMap<string, string>;
}

/** The model's kinds and relationship types (the API's `kinds` and `relationshipTypes`). */
export function useModel(): QueryState<Model> {
  const state = useQuery(ModelDocument, {});
  return useMemo((): QueryState<Model> => {
    if (state.status !== 'done') return state.status === 'error' ? state : { status: 'loading' };
    const { kinds, relationshipTypes } = state.data;
    return { status: 'done', data: { kinds, relationshipTypes, allKinds: kinds.map((info) => info.kind), meanings: new Map(relationshipTypes.map((info) => [info.type, info.meaning])) } };
  }, [state]);
}
