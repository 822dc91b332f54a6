import { useEffect, useRef } from 'react';
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type StylesheetJson } from 'cytoscape';
import { kindStyle } from '../format/kindStyle';

/** One entity of a drawing. */
export interface GraphNode {
  id: string;
  label: string;
  kind: string;
  /** Drawn larger: the entity the drawing is about. */
  centre?: boolean;
  /** Where to draw it; when every node has one, no layout runs (a path, left to right). */
  position?: { x: number; y: number };
  /** Its name to its right rather than under it (nodes drawn one under the other). */
  labelRight?: boolean;
}

/** One relationship of a drawing, from `source` to `target`. */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  label: string;
}

export interface NetworkGraphProps {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  /** Every kind, in the API's order: a kind's colour and shape come from its place there. */
  allKinds: readonly string[];
  /** What the drawing shows, for those who cannot see it ("N entities, M relationships around X"). */
  label: string;
  selectedId?: string | null;
  /** A node tapped (its id), or the background tapped (null). */
  onSelect?: (id: string | null) => void;
  /** A node double-tapped. */
  onExpand?: (id: string) => void;
  className?: string;
  /** Its height in pixels, where the stylesheet's does not fit (a path drawn top to bottom). */
  height?: number;
}

/** A drawing of few nodes is not blown up past this zoom when fitted. */
const FIT_MAX_ZOOM = 1.25;

/** Fits the drawing to its container, without blowing a small one up. */
function fit(cy: Core) {
  cy.fit(undefined, 24);
  if (cy.zoom() > FIT_MAX_ZOOM) {
    cy.zoom(FIT_MAX_ZOOM);
    cy.center();
  }
}

/** Up to this many relationships, every one is labelled; past it only those of the selected or hovered node. */
const LABEL_ALL_EDGES_UP_TO = 12;
/** Up to this many nodes, every one is labelled; past it the centre, the selected node, its neighbours and the hovered one. */
const LABEL_ALL_NODES_UP_TO = 60;

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      shape: 'data(shape)' as never,
      label: 'data(label)',
      width: 22,
      height: 22,
      'font-size': 12,
      color: '#1b1f24',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '150px',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
    },
  },
  { selector: 'node[?labelRight]', style: { 'text-halign': 'right', 'text-valign': 'center', 'text-margin-x': 8, 'text-margin-y': 0, 'text-max-width': '260px' } },
  { selector: 'node.quiet', style: { label: '' } },
  { selector: 'node.quiet.hover, node.quiet.chosen, node.quiet.near', style: { label: 'data(label)' } },
  { selector: 'node[?centre]', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#1b1f24', 'font-weight': 'bold' } },
  { selector: 'node.chosen', style: { 'underlay-color': '#ffbf47', 'underlay-padding': 7, 'underlay-opacity': 1, 'underlay-shape': 'ellipse', 'z-index': 10, 'text-wrap': 'wrap', 'font-weight': 'bold' } as never },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#8c959f',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#8c959f',
      'curve-style': 'bezier',
      'font-size': 9,
      color: '#424a53',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 1,
      'text-background-padding': '1px',
    },
  },
  { selector: 'edge.labelled, edge.near, edge.hover', style: { label: 'data(label)' } },
  // Drawn where it was placed (a path): labels stay level, whichever way the edge runs.
  { selector: 'edge.flat', style: { 'text-rotation': 'none' } },
  { selector: 'edge.near, edge.hover', style: { width: 2.5, 'line-color': '#424a53', 'target-arrow-color': '#424a53', 'z-index': 5 } },
];

function nodeData(node: GraphNode, allKinds: readonly string[]) {
  const { colour, shape } = kindStyle(node.kind, allKinds);
  return { id: node.id, label: node.label, kind: node.kind, centre: node.centre === true, labelRight: node.labelRight === true, colour, shape };
}

/** Draws where nothing is yet: beside a neighbour already drawn (so an expansion grows from the node expanded). */
function startPosition(cy: Core, node: GraphNode, edges: readonly GraphEdge[]) {
  for (const edge of edges) {
    const other = edge.source === node.id ? edge.target : edge.target === node.id ? edge.source : null;
    const drawn = other === null ? null : cy.getElementById(other);
    if (drawn && drawn.nonempty()) {
      const { x, y } = drawn.position();
      return { x: x + 20 * Math.cos(node.id.length), y: y + 20 * Math.sin(node.id.length) };
    }
  }
  return undefined;
}

/**
 * The one Cytoscape.js drawing of the explorer (the network view and each path): nodes coloured and shaped by
 * kind, relationships as arrows labelled by type. Elements in; selection and expansion out. It keeps what is
 * already drawn where it is when elements are added, resizes with its container and is destroyed on unmount.
 * The canvas is for the eye only: views list the same nodes and relationships for keyboards and screen readers.
 */
export function NetworkGraph({ nodes, edges, allKinds, label, selectedId = null, onSelect, onExpand, className, height }: NetworkGraphProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const callbacks = useRef({ onSelect, onExpand });
  callbacks.current = { onSelect, onExpand };

  useEffect(() => {
    const cy = cytoscape({ container: container.current, style: STYLE, autounselectify: true, boxSelectionEnabled: false, minZoom: 0.2, maxZoom: 3 });
    cy.on('tap', (event) => {
      if (event.target === cy) callbacks.current.onSelect?.(null);
    });
    cy.on('tap', 'node', (event) => callbacks.current.onSelect?.(event.target.id()));
    cy.on('dbltap', 'node', (event) => callbacks.current.onExpand?.(event.target.id()));
    cy.on('mouseover', 'node', (event) => event.target.closedNeighborhood().addClass('hover'));
    cy.on('mouseout', 'node', (event) => event.target.closedNeighborhood().removeClass('hover'));
    cy.on('mouseover', 'edge', (event) => event.target.addClass('hover'));
    cy.on('mouseout', 'edge', (event) => event.target.removeClass('hover'));
    const observer = new ResizeObserver(() => {
      cy.resize();
      fit(cy);
    });
    if (container.current) observer.observe(container.current);
    cyRef.current = cy;
    return () => {
      observer.disconnect();
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const wanted = new Set([...nodes.map((n) => n.id), ...edges.map((e) => e.id)]);
    const hadNodes = cy.nodes().nonempty();
    const preset = nodes.every((node) => node.position !== undefined);
    cy.batch(() => {
      cy.elements().filter((element) => !wanted.has(element.id())).remove();
      const added: ElementDefinition[] = [];
      for (const node of nodes) {
        const drawn = cy.getElementById(node.id);
        if (drawn.nonempty()) {
          drawn.data(nodeData(node, allKinds));
          if (node.position) drawn.position(node.position);
        } else added.push({ group: 'nodes', data: nodeData(node, allKinds), position: node.position ?? startPosition(cy, node, edges) });
      }
      for (const edge of edges) {
        if (cy.getElementById(edge.id).empty()) added.push({ group: 'edges', data: { ...edge } });
      }
      cy.add(added);
      cy.edges().toggleClass('labelled', edges.length <= LABEL_ALL_EDGES_UP_TO);
      cy.edges().toggleClass('flat', preset);
      cy.nodes('[!centre]').toggleClass('quiet', nodes.length > LABEL_ALL_NODES_UP_TO);
    });
    const layout: LayoutOptions = preset
      ? { name: 'preset', fit: false }
      : ({
          name: 'cose',
          animate: false,
          randomize: !hadNodes,
          fit: false,
          // Spread over the container's own shape, so a wide container gets a wide drawing.
          boundingBox: { x1: 0, y1: 0, w: cy.width(), h: cy.height() },
          nodeDimensionsIncludeLabels: true,
          idealEdgeLength: () => 70,
          nodeRepulsion: () => 8000,
          nodeOverlap: 8,
          numIter: 2500,
        } as LayoutOptions);
    cy.layout(layout).run();
    fit(cy);
  }, [nodes, edges, allKinds]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('chosen near');
      if (selectedId !== null) {
        const chosen = cy.getElementById(selectedId);
        chosen.addClass('chosen');
        chosen.neighborhood().addClass('near');
      }
    });
  }, [selectedId, nodes, edges]);

  return <div ref={container} className={['network-graph', className].filter(Boolean).join(' ')} style={height === undefined ? undefined : { height }} role="img" aria-label={label} />;
}
