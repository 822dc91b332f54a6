import { useEffect, useRef } from 'react';

export interface SearchBoxProps {
  value: string;
  onChange: (text: string) => void;
  /** Enter, or the button. */
  onSubmit: () => void;
  /** Take the focus when shown, the caret after the text (the search view, when typing started on the home page). */
  focus?: boolean;
}

/** The search box: a labelled search field and its button, a search landmark. */
export function SearchBox({ value, onChange, onSubmit, focus = false }: SearchBoxProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const field = input.current;
    if (!focus || !field) return;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  }, [focus]);
  return (
    <form
      className="search-box"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <label htmlFor="search-text">Search the network</label>
      <div className="search-row">
        <input
          ref={input}
          id="search-text"
          type="search"
          value={value}
          autoComplete="off"
          spellCheck={false}
          maxLength={500}
          onChange={(event) => onChange(event.target.value)}
        />
        <button type="submit">Search</button>
      </div>
    </form>
  );
}
