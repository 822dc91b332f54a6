import type { ServerResponse } from 'node:http';
import { ChunkedOutput } from './chunkedOutput';
import { ExportFormat, GraphWriter } from './graphWriter';
import { ExportNode, ExportRelationship } from './exportRows';
import { ExportControl } from './runningExports';

/**
 * {"nodes":[{id, kind, labels, properties, evidence}], "relationships":[{type, from, to, basis, properties, evidence}]},
 * written element by element (one node or relationship per line) rather than stringified whole.
 */
export const jsonFormat: ExportFormat = {
  contentType: 'application/json; charset=utf-8',
  fileName: 'scn-graph.json',
  open: (res, control) => new JsonWriter(res, control),
};

class JsonWriter implements GraphWriter {
  private readonly out: ChunkedOutput;
  private separator = '\n';

  constructor(private readonly res: ServerResponse, control: ExportControl) {
    this.out = new ChunkedOutput(res, control);
  }

  begin(): Promise<void> {
    return this.out.write('{"nodes":[');
  }

  node(node: ExportNode): Promise<void> {
    const { id, kind, labels, properties, evidence } = node;
    return this.element({ id, kind, labels, properties, evidence });
  }

  endNodes(): Promise<void> {
    this.separator = '\n';
    return this.out.write('\n],\n"relationships":[');
  }

  relationship(rel: ExportRelationship): Promise<void> {
    const { type, from, to, basis, properties, evidence } = rel;
    return this.element({ type, from, to, basis, properties, evidence });
  }

  async end(): Promise<void> {
    await this.out.write('\n]}\n');
    await this.out.flush();
    this.res.end();
  }

  private element(value: object): Promise<void> {
    const text = this.separator + JSON.stringify(value);
    this.separator = ',\n';
    return this.out.write(text);
  }
}
