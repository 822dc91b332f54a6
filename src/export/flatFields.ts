import { ExportNode, ExportRelationship } from './exportRows';

/**
 * The columns of the flat formats (CSV and GraphML), where every value is one string:
 * lists are joined with " | ". The JSON export carries every property instead.
 */
export const LIST_SEPARATOR = ' | ';

export const NODE_COLUMNS = ['id', 'kind', 'name', 'aliases', 'description', 'date', 'status', 'isoCode', 'evidence', 'evidenceSources'] as const;
export const RELATIONSHIP_COLUMNS = ['from', 'to', 'type', 'basis', 'evidence', 'evidenceSources'] as const;

export type NodeColumn = (typeof NODE_COLUMNS)[number];
export type RelationshipColumn = (typeof RELATIONSHIP_COLUMNS)[number];

/** The flat values of an entity; '' where it has none. */
export function nodeFields(node: ExportNode): Record<NodeColumn, string> {
  const p = node.properties;
  return {
    id: node.id,
    kind: node.kind,
    name: text(p.name),
    aliases: Array.isArray(p.aliases) ? p.aliases.map(String).join(LIST_SEPARATOR) : '',
    description: text(p.description),
    date: text(p.dateIso),
    status: text(p.status),
    isoCode: text(p.isoCode),
    evidence: node.evidence.map((e) => e.excerpt ?? e.statement).join(LIST_SEPARATOR),
    evidenceSources: node.evidence.map((e) => e.sourceId).join(LIST_SEPARATOR),
  };
}

/** The flat values of a relationship; '' where it has none. */
export function relationshipFields(rel: ExportRelationship): Record<RelationshipColumn, string> {
  return {
    from: rel.from,
    to: rel.to,
    type: rel.type,
    basis: rel.basis ?? '',
    evidence: rel.evidence.map((e) => e.excerpt ?? e.statement).join(LIST_SEPARATOR),
    evidenceSources: rel.evidence.map((e) => e.sourceId).join(LIST_SEPARATOR),
  };
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}
