import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { EntityNameDocument, SearchDocument, type EntityRefFragment } from '../generated/graphql';
import { useQuery } from '../hooks/useQuery';
import { ErrorMessage } from './ErrorMessage';
import { KindLabel } from './KindLabel';

export interface EntityPickerProps {
  label: string;
  /** The entity picked (its id), or null. */
  value: string | null;
  onChange: (id: string | null) => void;
}

/** How long typing pauses before the search is asked. */
const TYPING_PAUSE_MS = 200;
/** Hits offered. */
const HITS = 8;

/**
 * A labelled combobox that picks one entity: typing asks the `search` query, the hits are a listbox (Up/Down to move,
 * Enter to pick, Escape to close; or click/tap one). Given an id (from the URL), it shows that entity's name.
 */
export function EntityPicker({ label, value, onChange }: EntityPickerProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [known, setKnown] = useState<EntityRefFragment | null>(null);

  // An id given from outside (the URL, the back button): fetch its name.
  const unnamed = value !== null && value !== known?.id;
  const named = useQuery(EntityNameDocument, { id: value ?? '' }, !unnamed);
  useEffect(() => {
    if (named.status === 'done' && named.data.node && named.data.node.id === value) {
      setKnown(named.data.node);
      setText(named.data.node.name);
    }
  }, [named, value]);

  useEffect(() => {
    const timer = setTimeout(() => setTyped(text.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const searching = open && typed !== '' && typed !== known?.name;
  const hits = useQuery(SearchDocument, { text: typed, first: HITS }, !searching);
  const answer = hits.status === 'done' ? hits.data : hits.status === 'loading' ? hits.previous : undefined;
  const options = searching ? (answer?.search.map((hit) => hit.entity) ?? []) : [];

  const pick = (entity: EntityRefFragment) => {
    setKnown(entity);
    setText(entity.name);
    setOpen(false);
    setActive(-1);
    onChange(entity.id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter' && open && options[active]) {
      event.preventDefault();
      pick(options[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const expanded = open && options.length > 0;
  const notFound = unnamed && named.status === 'done' && named.data.node === null;
  return (
    <div className="entity-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-status`}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
          if (value !== null) onChange(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={`${label}: matches`} className="entity-picker-options" hidden={!expanded}>
        {options.map((entity, index) => (
          <li
            key={entity.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(entity)}
          >
            {entity.name} <KindLabel kind={entity.kind} />
          </li>
        ))}
      </ul>
      <p id={`${id}-status`} className="hint" aria-live="polite">
        {searching && hits.status === 'loading' ? 'Searching…' : null}
        {searching && hits.status === 'done' && options.length === 0 ? `No entity matches “${typed}”.` : null}
        {searching && hits.status === 'done' && options.length > 0 ? `${options.length} matches: Up and Down to choose, Enter to pick.` : null}
        {notFound ? `No entity has the id “${value}”.` : null}
      </p>
      {searching && hits.status === 'error' ? <ErrorMessage error={hits.error} what="matches" /> : null}
      {unnamed && named.status === 'error' ? <ErrorMessage error={named.error} what={`the entity “${value}”`} /> : null}
    </div>
  );
}
