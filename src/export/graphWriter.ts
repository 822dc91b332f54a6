import type { ServerResponse } from 'node:http';
import { ExportNode, ExportRelationship } from './exportRows';
import { ExportControl } from './runningExports';

/**
 * Writes one export file as rows arrive. Calls come in this order: begin, node*, endNodes,
 * relationship*, end; each resolves once its text is handed on (waiting while the client is slow).
 */
export interface GraphWriter {
  begin(): Promise<void>;
  node(node: ExportNode): Promise<void>;
  endNodes(): Promise<void>;
  relationship(relationship: ExportRelationship): Promise<void>;
  /** Finishes the file and ends the response (the response may still be on its way to the client). */
  end(): Promise<void>;
}

/** One download format of GET /export. */
export interface ExportFormat {
  contentType: string;
  fileName: string;
  open(res: ServerResponse, control: ExportControl): GraphWriter;
}
