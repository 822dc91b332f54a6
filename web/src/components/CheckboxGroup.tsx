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
  /** The values ticked. */
  selected: readonly string[];
  /** The values ticked now, in the options' order. */
  onChange: (selected: string[]) => void;
}

/** A fieldset of labelled checkboxes, each with its hint tied to it by aria-describedby. */
export function CheckboxGroup({ legend, options, selected, onChange }: CheckboxGroupProps) {
  const id = useId();
  const toggle = (value: string, on: boolean) => onChange(options.map((option) => option.value).filter((v) => (v === value ? on : selected.includes(v))));
  return (
    <fieldset className="checkbox-group">
      <legend>{legend}</legend>
      {options.map((option, index) => (
        <div className="checkbox" key={option.value}>
          <input
            type="checkbox"
            id={`${id}-${index}`}
            checked={selected.includes(option.value)}
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
