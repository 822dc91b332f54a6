import { useId, useMemo } from 'react';
import type { PathFindQuery } from '../generated/graphql';
import { countOf } from '../format/countOf';
import { useMediaQuery } from '../hooks/useMediaQuery';
import { NetworkGraph, type GraphEdge, type GraphNode } from './NetworkGraph';
import { PathStep } from './PathStep';

export type FoundPath = PathFindQuery['allShortestPaths'][number];

export interface PathResultProps {
  path: FoundPath;
  /** Its place among the paths found (1, 2, …). */
  number: number;
  allKinds: readonly string[];
  meanings: ReadonlyMap<string, string>;
}

/** Distance between consecutive entities of a drawn path: left to right, or top to bottom on a narrow screen. */
const STEP_WIDTH = 180;
const STEP_HEIGHT = 80;
/** Where the drawing goes top to bottom: a row of 180-pixel steps would be too small to read. */
const NARROW = '(max-width: 40rem)';

/** One shortest path: drawn left to right, then listed step by step with each step's evidence. */
export function PathResult({ path, number, allKinds, meanings }: PathResultProps) {
  const heading = useId();
  const narrow = useMediaQuery(NARROW);
  const drawn = useMemo(() => {
    const last = path.nodes.length - 1;
    const position = (index: number) => (narrow ? { x: 0, y: index * STEP_HEIGHT } : { x: index * STEP_WIDTH, y: 0 });
    const nodes: GraphNode[] = path.nodes.map((node, index) => ({ id: node.id, label: node.name, kind: node.kind, centre: index === 0 || index === last, position: position(index), labelRight: narrow }));
    const edges: GraphEdge[] = path.relationships.map((rel, index) => ({ id: `${index}:${rel.from.id}|${rel.type}|${rel.to.id}`, source: rel.from.id, target: rel.to.id, label: rel.type }));
    return { nodes, edges };
  }, [path, narrow]);
  const names = path.nodes.map((node) => node.name).join(', ');
  return (
    <section className="path-result" aria-labelledby={heading}>
      <h3 id={heading}>Path {number}</h3>
      <NetworkGraph className="path-graph" height={narrow ? (path.nodes.length - 1) * STEP_HEIGHT + 60 : undefined} nodes={drawn.nodes} edges={drawn.edges} allKinds={allKinds} label={`Path ${number}, ${countOf(path.length, 'step', 'steps')}: ${names}`} />
      <ol className="path-steps" aria-label={`Steps of path ${number}`}>
        {path.relationships.map((relationship, index) => (
          <PathStep key={index} from={path.nodes[index]} to={path.nodes[index + 1]} relationship={relationship} meaning={meanings.get(relationship.type)} />
        ))}
      </ol>
    </section>
  );
}
