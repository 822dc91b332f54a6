import type { Row } from '../database/database';
import { EVIDENCE_PROPERTIES, EvidenceRecord, toEvidence } from '../loaders/entityRecord';

/** One entity as every export format sees it. */
export interface ExportNode {
  id: string;
  kind: string;
  labels: string[];
  /** Stored properties other than those given their own field (id, kind, evidence) and search helpers. */
  properties: Record<string, unknown>;
  evidence: EvidenceRecord[];
}

/** One relationship as every export format sees it. */
export interface ExportRelationship {
  type: string;
  from: string;
  to: string;
  basis: string | null;
  /** Stored properties other than basis and evidence (none today; kept so new ones are not lost). */
  properties: Record<string, unknown>;
  evidence: EvidenceRecord[];
}

// sortName and aliasText are lower-cased / joined copies of name and aliases kept for ordering and full-text search.
const NODE_FIELDS_ELSEWHERE = new Set<string>(['id', 'kind', ...EVIDENCE_PROPERTIES, 'sortName', 'aliasText']);
const RELATIONSHIP_FIELDS_ELSEWHERE = new Set<string>(['basis', ...EVIDENCE_PROPERTIES]);

/** A row of export-nodes, or an entity of neighborhood-walk (id, labels, props). */
export function toExportNode(row: Row): ExportNode {
  const props = (row.props ?? {}) as Record<string, unknown>;
  return {
    id: String(row.id),
    kind: String(props.kind ?? ''),
    labels: ((row.labels as string[] | null) ?? []).slice().sort(),
    properties: without(props, NODE_FIELDS_ELSEWHERE),
    evidence: toEvidence(props),
  };
}

/** A row of export-relationships / neighborhood-relationships (type, from, to, props). */
export function toExportRelationship(row: Row): ExportRelationship {
  const props = (row.props ?? {}) as Record<string, unknown>;
  return {
    type: String(row.type),
    from: String(row.from),
    to: String(row.to),
    basis: typeof props.basis === 'string' ? props.basis : null,
    properties: without(props, RELATIONSHIP_FIELDS_ELSEWHERE),
    evidence: toEvidence(props),
  };
}

/** The property map minus `skip`, keys sorted so that exports of the same graph are identical. */
function without(props: Record<string, unknown>, skip: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(props).sort()) if (!skip.has(key)) out[key] = props[key];
  return out;
}
