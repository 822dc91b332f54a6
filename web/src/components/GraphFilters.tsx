import { useId, useState } from 'react';
import type { EntityKind } from '../generated/graphql';
import { kindLabel } from '../format/kindLabel';
import type { KindInfo, RelationshipTypeInfo } from '../hooks/useModel';
import { NETWORK_DEPTHS } from '../network/networkParams';
import { CheckboxGroup } from './CheckboxGroup';

export interface GraphFiltersProps {
  depth: number;
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
  kinds?: EntityKind[] | null;
  types?: string[] | null;
}

/** A checked set as the API's filter: null when every option is checked, else the checked ones in the model's order. */
function asFilter<T extends string>(checked: Set<string>, all: readonly T[]): T[] | null {
  return all.every((value) => checked.has(value)) ? null : all.filter((value) => checked.has(value));
}

/** The network view's depth and its kind and relationship-type filters (applied by the API, kept in the URL). */
export function GraphFilters({ depth, kinds, types, kindInfos, typeInfos, onChange }: GraphFiltersProps) {
  const depthId = useId();
  const allKinds = kindInfos.map((info) => info.kind);
  const allTypes = typeInfos.map((info) => info.type);
  const filtered = kinds !== null || types !== null;
  const [open, setOpen] = useState(filtered);
  return (
    <div className="graph-filters">
      <p className="graph-depth">
        <label htmlFor={depthId}>Depth</label>{' '}
        <select id={depthId} value={depth} onChange={(event) => onChange({ depth: Number(event.target.value) })}>
          {NETWORK_DEPTHS.map((value) => (
            <option key={value} value={value}>
              {value === 1 ? '1 relationship away' : `${value} relationships away`}
            </option>
          ))}
        </select>
      </p>
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>Filter by kind and relationship type{filtered ? ' (filtered)' : ''}</summary>
        <div className="graph-filter-groups">
          <CheckboxGroup
            legend="Kinds of entity"
            options={kindInfos.map((info) => ({ value: info.kind, label: kindLabel(info.kind), hint: info.description }))}
            checked={new Set(kinds ?? allKinds)}
            onChange={(checked) => onChange({ kinds: asFilter(checked, allKinds) })}
          />
          <CheckboxGroup
            legend="Relationship types"
            options={typeInfos.map((info) => ({ value: info.type, label: info.type, hint: info.meaning }))}
            checked={new Set(types ?? allTypes)}
            onChange={(checked) => onChange({ types: asFilter(checked, allTypes) })}
          />
        </div>
        <button
          type="button"
          disabled={!filtered}
          onClick={() => onChange({ kinds: null, types: null })}
        >
          Show every kind and type
        </button>
      </details>
    </div>
  );
}
