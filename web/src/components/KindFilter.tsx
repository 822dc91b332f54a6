import type { EntityKind } from '../generated/graphql';
import { kindLabel } from '../format/kindLabel';

export interface KindOption {
  kind: EntityKind;
  /** The kind's description, from the API. */
  description: string;
}

export interface KindFilterProps {
  options: readonly KindOption[];
  selected: readonly EntityKind[];
  onChange: (kinds: EntityKind[]) => void;
}

/** Checkboxes, one per kind (from the API, in its order), to keep only results of the kinds ticked; none ticked: every kind. */
export function KindFilter({ options, selected, onChange }: KindFilterProps) {
  const toggle = (kind: EntityKind, on: boolean) => onChange(options.map((option) => option.kind).filter((k) => (k === kind ? on : selected.includes(k))));
  return (
    <fieldset className="kind-filter">
      <legend>Only these kinds</legend>
      <ul>
        {options.map((option) => (
          <li key={option.kind}>
            <label title={option.description}>
              <input type="checkbox" checked={selected.includes(option.kind)} onChange={(event) => toggle(option.kind, event.target.checked)} aria-describedby={`kind-description-${option.kind}`} />
              {kindLabel(option.kind)}
            </label>
            <span id={`kind-description-${option.kind}`} className="visually-hidden">{option.description}</span>
          </li>
        ))}
      </ul>
      {selected.length > 0 ? <button type="button" onClick={() => onChange([])}>Every kind</button> : null}
    </fieldset>
  );
}
