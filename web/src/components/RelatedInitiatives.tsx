import type { EntityPageQuery } from '../generated/graphql';
import { EntityLink } from './EntityLink';
import { ListThenMore } from './ListThenMore';

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
          <ListThenMore items={reasons} first={FIRST_REASONS} more={(rest) => `${rest} more ${rest === 1 ? 'reason' : 'reasons'}`} className="reasons">
            {(reason) => <li key={reason}>{reason}</li>}
          </ListThenMore>
        </li>
      ))}
    </ol>
  );
}
