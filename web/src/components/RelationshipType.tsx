import { Fragment } from 'react';

/** A relationship type as the API names it (ON_STEERING_COMMITTEE_OF), allowed to wrap after each underscore on narrow screens. */
export function RelationshipType({ type }: { type: string }) {
  const parts = type.split('_');
  return (
    <code className="relationship-type">
      {parts.map((part, index) => (
        <Fragment key={index}>
          {part}
          {index < parts.length - 1 ? <>_<wbr /></> : null}
        </Fragment>
      ))}
    </code>
  );
}
