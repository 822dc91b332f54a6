import { useId } from 'react';
import { kindLabel } from '../format/kindLabel';
import type { KindInfo } from '../hooks/useModel';
import { KindSwatch } from './KindSwatch';

/** What each colour and shape of a drawing means: the kinds it shows, with the API's description of each. */
export function KindLegend({ kinds, allKinds }: { kinds: readonly KindInfo[]; allKinds: readonly string[] }) {
  const heading = useId();
  return (
    <section className="kind-legend" aria-labelledby={heading}>
      <h2 id={heading}>Legend</h2>
      <ul>
        {kinds.map((info) => (
          <li key={info.kind}>
            <KindSwatch kind={info.kind} allKinds={allKinds} /> <strong>{kindLabel(info.kind)}</strong>
            <span className="hint"> {info.description}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
