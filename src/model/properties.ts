import { EVENT_PROPERTIES, KINDS, KindName } from './kinds';
import { KindDecl, PropertyDecl } from './modelTypes';

/** Every property a kind has beyond the Entity ones: the Event ones for events, then its own. */
export function propertiesOf(kind: KindName): Record<string, PropertyDecl> {
  const decl = KINDS[kind] as KindDecl;
  return decl.event ? { ...EVENT_PROPERTIES, ...decl.properties } : decl.properties;
}
