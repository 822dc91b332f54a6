import type { EntityPageQuery } from '../generated/graphql';
import { EntityLink } from './EntityLink';

/** Reasons shown at once; the rest behind a <details>. */
const FIRST_REASONS = 3;

/** Initiatives the entity is not part of but shares things with, best first, each with the API's reasons. */
export function RelatedInitiatives({ related }: { related: EntityPageQuery['relatedInitiatives'] }) {
  if (related.length === 0) return <p>No related initiatives.</p>;
  return (
    <ol className="related-initiatives">
      {related.map(({ initiative, reasons }) => (
        <li key={initiative.id}>
          <EntityLink entity={initiative} />
          <ul className="reasons">
            {reasons.slice(0, FIRST_REASONS).map((reason) => <li key={reason}>{reason}</li>)}
          </ul>
          {reasons.length > FIRST_REASONS ? (
            <details>
              <summary>{reasons.length - FIRST_REASONS} more reasons</summary>
              <ul className="reasons">
                {reasons.slice(FIRST_REASONS).map((reason) => <li key={reason}>{reason}</li>)}
              </ul>
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
