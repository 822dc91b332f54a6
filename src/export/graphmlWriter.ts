import type { ServerResponse } from 'node:http';
import { ChunkedOutput } from './chunkedOutput';
import { ExportFormat, GraphWriter } from './graphWriter';
import { ExportNode, ExportRelationship } from './exportRows';
import { ExportControl } from './runningExports';
import { NODE_COLUMNS, RELATIONSHIP_COLUMNS, nodeFields, relationshipFields } from './flatFields';
import { xmlEscape } from './xmlText';

// Key ids share one XML ID space with each other, hence the n_/e_ prefixes. Gephi and Cytoscape show `label`.
const NODE_KEYS = ['label', ...NODE_COLUMNS] as const;
const EDGE_KEYS = ['label', ...RELATIONSHIP_COLUMNS.filter((c) => c !== 'from' && c !== 'to')] as const;

const HEADER = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
  '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ...NODE_KEYS.map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`),
  ...EDGE_KEYS.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
  '  <graph id="scn-graph" edgedefault="directed">',
  '',
].join('\n');

const FOOTER = '  </graph>\n</graphml>\n';

/** GraphML 1.0: one <node> per entity (id = entity id), one directed <edge> per relationship, every value a string. */
export const graphmlFormat: ExportFormat = {
  contentType: 'application/graphml+xml; charset=utf-8',
  fileName: 'scn-graph.graphml',
  open: (res, control) => new GraphmlWriter(res, control),
};

class GraphmlWriter implements GraphWriter {
  private readonly out: ChunkedOutput;
  private edgeCount = 0;

  constructor(private readonly res: ServerResponse, control: ExportControl) {
    this.out = new ChunkedOutput(res, control);
  }

  begin(): Promise<void> {
    return this.out.write(HEADER);
  }

  node(node: ExportNode): Promise<void> {
    const fields = { label: '', ...nodeFields(node) };
    fields.label = fields.name || node.id;
    return this.out.write(`    <node id="${xmlEscape(node.id)}">${dataElements('n', NODE_KEYS, fields)}</node>\n`);
  }

  async endNodes(): Promise<void> {}

  relationship(rel: ExportRelationship): Promise<void> {
    this.edgeCount += 1;
    const fields = { label: rel.type, ...relationshipFields(rel) };
    return this.out.write(
      `    <edge id="e${this.edgeCount}" source="${xmlEscape(rel.from)}" target="${xmlEscape(rel.to)}">${dataElements('e', EDGE_KEYS, fields)}</edge>\n`,
    );
  }

  async end(): Promise<void> {
    await this.out.write(FOOTER);
    await this.out.flush();
    this.res.end();
  }
}

/** <data> elements for the non-empty values, in key order. */
function dataElements<K extends string>(prefix: string, keys: readonly K[], fields: Record<K, string>): string {
  let xml = '';
  for (const key of keys) {
    const value = fields[key];
    if (value !== '') xml += `<data key="${prefix}_${key}">${xmlEscape(value)}</data>`;
  }
  return xml;
}
