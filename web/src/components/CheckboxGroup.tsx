import { useId } from 'react';

export interface CheckboxOption {
  value: string;
  label: string;
  /** A line under the label (a description from the API). */
  hint?: string;
}

export interface CheckboxGroupProps {
  legend: string;
  options: readonly CheckboxOption[];
  /** The values checked. */
  checked: ReadonlySet<string>;
  onChange: (checked: Set<string>) => void;
}

/** A fieldset of labelled checkboxes, each with its hint tied to it by aria-describedby. */
export function CheckboxGroup({ legend, options, checked, onChange }: CheckboxGroupProps) {
  const id = useId();
  const toggle = (value: string, on: boolean) => {
    const next = new Set(checked);
    if (on) next.add(value);
    else next.delete(value);
    onChange(next);
  };
  return (
    <fieldset className="checkbox-group">
      <legend>{legend}</legend>
      {options.map((option, index) => (
        <div className="checkbox" key={option.value}>
          <input
            type="checkbox"
            id={`${id}-${index}`}
            checked={checked.has(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
            aria-describedby={option.hint ? `${id}-${index}-hint` : undefined}
          />
          <label htmlFor={`${id}-${index}`}>{option.label}</label>
          {option.hint ? <span className="hint" id={`${id}-${index}-hint`}>{option.hint}</span> : null}
        </div>
      ))}
    </fieldset>
  );
}
