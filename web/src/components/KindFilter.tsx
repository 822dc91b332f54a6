import type { EntityKind } from '../generated/graphql';
import type { KindInfo } from '../hooks/useModel';
import { kindLabel } from '../format/kindLabel';
import { CheckboxGroup } from './CheckboxGroup';

export interface KindFilterProps {
  /** The model's kinds, in its order, with their descriptions (useModel). */
  options: readonly KindInfo[];
  selected: readonly EntityKind[];
  onChange: (kinds: EntityKind[]) => void;
}

/** The search's kind filter: a compact row of checkboxes (each described by its kind's description); none ticked: every kind. */
export function KindFilter({ options, selected, onChange }: KindFilterProps) {
  return (
    <div className="kind-filter">
      <CheckboxGroup
        legend="Only these kinds"
        options={options.map((info) => ({ value: info.kind, label: kindLabel(info.kind), hint: info.description }))}
        selected={selected}
        onChange={(kinds) => onChange(kinds as EntityKind[])}
      />
      {selected.length > 0 ? <button type="button" onClick={() => onChange([])}>Every kind</button> : null}
    </div>
  );
}
