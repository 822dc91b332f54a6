import { PropertyDecl } from '../model/modelTypes';
import { partialDateKeys } from '../model/partialDate';
import { relationshipPropertiesOf } from '../model/relationshipFields';
import { RELATIONSHIP_TYPE_NAMES } from '../model/relationshipTypeNames';
import { ExportNode, ExportRelationship } from './exportRows';

/**
 * The columns of the flat formats (CSV and GraphML), where every value is one string:
 * lists are joined with " | ". The JSON export carries every property instead.
 */
export const LIST_SEPARATOR = ' | ';

export const NODE_COLUMNS = ['id', 'kind', 'name', 'aliases', 'description', 'date', 'status', 'isoCode', 'evidence', 'evidenceSources'] as const;
/** The properties relationship types declare (MEMBER_OF's `joined`, HOLDS_ROLE's `role`, …), each name once, in model order. */
const RELATIONSHIP_PROPERTIES = [...new Map(RELATIONSHIP_TYPE_NAMES.flatMap((type) => Object.entries(relationshipPropertiesOf(type)))).entries()];

/** A relationship's columns: its ends, type, basis and evidence, then one column per declared relationship property. */
export const RELATIONSHIP_COLUMNS = ['from', 'to', 'type', 'basis', 'evidence', 'evidenceSources', ...RELATIONSHIP_PROPERTIES.map(([name]) => name)] as const;

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
    ...Object.fromEntries(RELATIONSHIP_PROPERTIES.map(([name, property]) => [name, flatProperty(rel.properties, name, property)])),
  };
}

/** A declared property as one string: a partial date as its ISO form ("2016-01"), anything else as stored. */
function flatProperty(props: Record<string, unknown>, name: string, property: PropertyDecl): string {
  return text('partialDate' in property.type ? props[partialDateKeys(name).iso] : props[name]);
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}
