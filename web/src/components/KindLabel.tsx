import { kindLabel } from '../format/kindLabel';

/** An entity's kind as a small label, from the data. */
export function KindLabel({ kind }: { kind: string }) {
  return <span className="kind-label">{kindLabel(kind)}</span>;
}
