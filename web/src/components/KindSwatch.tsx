import type { ReactNode } from 'react';
import { kindStyle, type KindShape } from '../format/kindStyle';

/** The outline of each shape in a 16×16 box, as the drawing's nodes have it. */
const OUTLINES: Record<KindShape, (colour: string) => ReactNode> = {
  ellipse: (colour) => <circle cx="8" cy="8" r="7" fill={colour} />,
  'round-rectangle': (colour) => <rect x="1" y="1" width="14" height="14" rx="3" fill={colour} />,
  triangle: (colour) => <polygon points="8,1 15,15 1,15" fill={colour} />,
  diamond: (colour) => <polygon points="8,0.5 15.5,8 8,15.5 0.5,8" fill={colour} />,
  hexagon: (colour) => <polygon points="4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8" fill={colour} />,
};

/** The colour and shape a kind has in the network drawings, for legends and lists (decorative: the kind is written beside it). */
export function KindSwatch({ kind, allKinds }: { kind: string; allKinds: readonly string[] }) {
  const { colour, shape } = kindStyle(kind, allKinds);
  return (
    <svg className="kind-swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {OUTLINES[shape](colour)}
    </svg>
  );
}
