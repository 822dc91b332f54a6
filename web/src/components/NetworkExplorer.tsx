import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { countOf } from '../format/countOf';
import { entityPath } from '../format/entityPath';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useLoad } from '../hooks/useLoad';
import type { Model } from '../hooks/useModel';
import { loadNetwork } from '../network/loadNetwork';
import { readNetworkParams, withList, withValue } from '../network/networkParams';
import { ErrorMessage } from './ErrorMessage';
import { GraphFilters, type GraphFilterChange } from './GraphFilters';
import { KindLegend } from './KindLegend';
import { Loading } from './Loading';
import { NetworkGraph, type GraphEdge, type GraphNode } from './NetworkGraph';
import { NodeList } from './NodeList';
import { NodePanel } from './NodePanel';
import { RelationshipTable } from './RelationshipTable';

/**
 * The network around the entity `id`, as the URL asks for it: a Cytoscape drawing of its neighbourhood, filtered by
 * depth, kind and relationship type through the API, with expanded entities' neighbours merged in; the selected
 * entity's panel; the same entities and relationships as a list and a table. Kinds and types the URL names that the
 * model does not have are left out (and said so), never sent.
 */
export function NetworkExplorer({ id, model }: { id: string; model: Model }) {
  const [params, setParams] = useSearchParams();
  const { selected, unknownKinds, unknownTypes, ...request } = readNetworkParams(id, params, model);
  const network = useLoad(JSON.stringify(request), (signal) => loadNetwork(request, signal));
  const data = network.status === 'done' ? network.data : network.status === 'loading' ? network.previous : undefined;
  useDocumentTitle(data ? `Network around ${data.centre.name}` : 'Network');

  const drawn = useMemo(() => {
    if (!data) return { nodes: [], edges: [] };
    const nodes: GraphNode[] = data.nodes.map((node) => ({ id: node.id, label: node.name, kind: node.kind, centre: node.id === data.centre.id }));
    const edges: GraphEdge[] = data.relationships.map((rel) => ({ id: rel.key, source: rel.from, target: rel.to, label: rel.type }));
    return { nodes, edges };
  }, [data]);

  const update = (next: URLSearchParams, replace = false) => setParams(next, { replace });
  const select = (nodeId: string | null) => update(withValue(params, 'selected', nodeId), true);
  const expand = (nodeId: string) => {
    if (nodeId === data?.centre.id || request.expanded.includes(nodeId)) return update(withValue(params, 'selected', nodeId), true);
    update(withValue(withList(params, 'expanded', [...request.expanded, nodeId]), 'selected', nodeId));
  };
  const filter = (change: GraphFilterChange) => {
    let next = params;
    if (change.depth !== undefined) next = withValue(next, 'depth', String(change.depth));
    if (change.limit !== undefined) next = withValue(next, 'limit', String(change.limit));
    if (change.kinds !== undefined) next = withList(next, 'kinds', change.kinds);
    if (change.types !== undefined) next = withList(next, 'types', change.types);
    update(next);
  };

  if (network.status === 'error') {
    return (
      <>
        <h1>Network</h1>
        <ErrorMessage error={network.error} what="the network" />
      </>
    );
  }
  if (data === null) {
    return (
      <>
        <h1>Network</h1>
        <p role="alert">No entity has the id “{id}”.</p>
      </>
    );
  }
  if (data === undefined) {
    return (
      <>
        <h1>Network</h1>
        <Loading what="the network" />
      </>
    );
  }

  const selectedNode = data.nodes.find((node) => node.id === selected) ?? null;
  const kindsShown = model.kinds.filter((info) => data.nodes.some((node) => node.kind === info.kind));
  const hidden = request.expanded.filter((nodeId) => !data.expanded.includes(nodeId));
  return (
    <>
      <h1>Network around {data.centre.name}</h1>
      <p>
        <Link to={entityPath(data.centre.id)}>{data.centre.name}: entity page</Link>
      </p>
      <GraphFilters depth={request.depth} limit={request.limit} kinds={request.kinds} types={request.types} kindInfos={model.kinds} typeInfos={model.relationshipTypes} onChange={filter} />
      <div className="graph-status">
        {unknownKinds.length > 0 ? <p role="alert">Not kinds of the graph, left out: {unknownKinds.join(', ')}</p> : null}
        {unknownTypes.length > 0 ? <p role="alert">Not relationship types of the graph, left out: {unknownTypes.join(', ')}</p> : null}
        {network.status === 'loading' ? <Loading what="the network" /> : null}
        {data.truncated ? (
          <p className="notice">Only the nearest {request.limit} entities of each neighbourhood are drawn: more lie within reach. Raise the limit, or narrow the drawing with the filters.</p>
        ) : null}
        {hidden.length > 0 ? <p className="notice">{countOf(hidden.length, 'expanded entity is', 'expanded entities are')} not in the drawing under these filters.</p> : null}
      </div>
      <div className="graph-layout">
        <NetworkGraph
          nodes={drawn.nodes}
          edges={drawn.edges}
          allKinds={model.allKinds}
          label={`${countOf(data.nodes.length, 'entity', 'entities')}, ${countOf(data.relationships.length, 'relationship', 'relationships')} around ${data.centre.name}`}
          selectedId={selectedNode?.id ?? null}
          onSelect={select}
          onExpand={expand}
        />
        <NodePanel
          node={selectedNode}
          kindDescription={model.kinds.find((info) => info.kind === selectedNode?.kind)?.description}
          expandable={selectedNode !== null && selectedNode.id !== data.centre.id && !data.expanded.includes(selectedNode.id)}
          onExpand={expand}
        />
      </div>
      <KindLegend kinds={kindsShown} allKinds={model.allKinds} />
      <NodeList nodes={data.nodes} allKinds={model.allKinds} centreId={data.centre.id} expanded={data.expanded} selectedId={selectedNode?.id ?? null} onSelect={select} />
      <RelationshipTable relationships={data.relationships} nodes={data.nodes} meanings={model.meanings} />
    </>
  );
}
