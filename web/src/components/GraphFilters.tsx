import { useId, useState } from 'react';
import type { EntityKind } from '../generated/graphql';
import { kindLabel } from '../format/kindLabel';
import type { KindInfo, RelationshipTypeInfo } from '../hooks/useModel';
import { NETWORK_DEPTHS, NETWORK_LIMITS } from '../network/networkParams';
import { CheckboxGroup } from './CheckboxGroup';
import { typeOptions } from '../format/typeOptions';

export interface GraphFiltersProps {
  depth: number;
  limit: number;
  /** Kinds kept (null: every kind). */
  kinds: readonly EntityKind[] | null;
  /** Relationship types followed (null: every type). */
  types: readonly string[] | null;
  kindInfos: readonly KindInfo[];
  typeInfos: readonly RelationshipTypeInfo[];
  /** What changed (kinds or types null: every one). */
  onChange: (change: GraphFilterChange) => void;
}

export interface GraphFilterChange {
  depth?: number;
  limit?: number;
  kinds?: EntityKind[] | null;
  types?: string[] | null;
}

/** The ticked values as the API's filter: none ticked means no filter (every one). */
function asFilter<T extends string>(ticked: string[]): T[] | null {
  return ticked.length > 0 ? (ticked as T[]) : null;
}

/** The network view's depth and its kind and relationship-type filters (applied by the API, kept in the URL). */
export function GraphFilters({ depth, limit, kinds, types, kindInfos, typeInfos, onChange }: GraphFiltersProps) {
  const depthId = useId();
  const limitId = useId();
  const filtered = kinds !== null || types !== null;
  const [open, setOpen] = useState(filtered);
  return (
    <div className="graph-filters">
      <p className="graph-setting">
        <label htmlFor={depthId}>Depth</label>{' '}
        <select id={depthId} value={depth} onChange={(event) => onChange({ depth: Number(event.target.value) })}>
          {NETWORK_DEPTHS.map((value) => (
            <option key={value} value={value}>
              {value === 1 ? '1 relationship away' : `${value} relationships away`}
            </option>
          ))}
        </select>
      </p>
      <p className="graph-setting">
        <label htmlFor={limitId}>At most</label>{' '}
        <select id={limitId} value={limit} onChange={(event) => onChange({ limit: Number(event.target.value) })}>
          {[...NETWORK_LIMITS].sort((a, b) => a - b).map((value) => (
            <option key={value} value={value}>
              {value} entities
            </option>
          ))}
        </select>
      </p>
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>Filter by kind and relationship type{filtered ? ' (filtered)' : ''}</summary>
        <div className="graph-filter-groups">
          <CheckboxGroup
            legend="Only these kinds"
            options={kindInfos.map((info) => ({ value: info.kind, label: kindLabel(info.kind), hint: info.description }))}
            selected={kinds ?? []}
            onChange={(ticked) => onChange({ kinds: asFilter<EntityKind>(ticked) })}
          />
          <CheckboxGroup
            legend="Only these relationship types"
            options={typeOptions(typeInfos)}
            selected={types ?? []}
            onChange={(ticked) => onChange({ types: asFilter<string>(ticked) })}
          />
        </div>
        <button
          type="button"
          disabled={!filtered}
          onClick={() => onChange({ kinds: null, types: null })}
        >
          Every kind and type
        </button>
      </details>
    </div>
  );
}
