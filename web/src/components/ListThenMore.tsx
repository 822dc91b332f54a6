import type { ReactNode } from 'react';

export interface ListThenMoreProps<T> {
  items: readonly T[];
  /** How many show at once; the rest behind a <details>. All when omitted. */
  first?: number;
  /** The <details>' summary for the rest, e.g. "3 more reasons". */
  more: (rest: number) => string;
  className?: string;
  children: (item: T, index: number) => ReactNode;
}

/** A list whose first items show and the rest wait behind a <details> ("n more …"). */
export function ListThenMore<T>({ items, first, more, className, children }: ListThenMoreProps<T>) {
  const shown = first === undefined ? items : items.slice(0, first);
  const rest = items.slice(shown.length);
  return (
    <>
      <ul className={className}>{shown.map((item, index) => children(item, index))}</ul>
      {rest.length > 0 ? (
        <details>
          <summary>{more(rest.length)}</summary>
          <ul className={className}>{rest.map((item, index) => children(item, shown.length + index))}</ul>
        </details>
      ) : null}
    </>
  );
}
