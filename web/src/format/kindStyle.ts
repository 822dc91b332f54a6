/** A shape Cytoscape draws and the legend's swatch draws the same way. */
export type KindShape = 'ellipse' | 'round-rectangle' | 'triangle' | 'diamond' | 'hexagon';

/** How the network drawings show one kind of entity. */
export interface KindStyle {
  colour: string;
  shape: KindShape;
}

/** Dark enough for 3:1 against white (WCAG's contrast for graphics), and apart from each other. */
const COLOURS = ['#0b5cad', '#b3261e', '#1e7b34', '#6f42c1', '#8a4b08', '#a3195b', '#0f6e6e', '#5c5f66'];
const SHAPES: KindShape[] = ['ellipse', 'round-rectangle', 'triangle', 'diamond', 'hexagon'];

/**
 * The colour and shape of `kind`, from its place among every kind (the API's order): 8 colours × 5 shapes, so no
 * two of up to 40 kinds look alike, and a kind looks the same in every drawing whatever the drawing holds.
 */
export function kindStyle(kind: string, allKinds: readonly string[]): KindStyle {
  const known = allKinds.indexOf(kind);
  const index = known >= 0 ? known : allKinds.length;
  return { colour: COLOURS[index % COLOURS.length], shape: SHAPES[index % SHAPES.length] };
}
