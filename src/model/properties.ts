import { EVENT_PROPERTIES, KINDS, KindName } from './kinds';
import { KindDecl, PropertyDecl } from './modelTypes';
import { partialDateKeys } from './partialDate';
import { countClaimKeys } from './storedProperties';

/** Every property a kind has beyond the Entity ones: the Event ones for events, then its own. */
export function propertiesOf(kind: KindName): Record<string, PropertyDecl> {
  const decl = KINDS[kind] as KindDecl;
  return decl.event ? { ...EVENT_PROPERTIES, ...decl.properties } : decl.properties;
}

/**
 * The Neo4j keys a declared property is stored under, on a node or a relationship: a partial date `x` as
 * `xYear` … `xIso`, a stated count `x` as `x`, `xQualifier` and `xAsOf`, anything else under its name.
 */
export function storedKeys(name: string, property: PropertyDecl): string[] {
  if ('partialDate' in property.type) return Object.values(partialDateKeys(name));
  if ('countClaim' in property.type) return Object.values(countClaimKeys(name));
  return [name];
}
