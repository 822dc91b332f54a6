import { ClaimValue, CountValue } from './claims';
import { PropertyDecl } from './modelTypes';
import { partialDateProperties } from './partialDate';

/** The Neo4j keys that store the stated count `name`: the value under `name`, then `<name>Qualifier` and `<name>AsOf`. */
export function countClaimKeys(name: string): { value: string; qualifier: string; asOf: string } {
  return { value: name, qualifier: `${name}Qualifier`, asOf: `${name}AsOf` };
}

/**
 * The Neo4j properties that store declared property values given as a seed file gives them: a partial date
 * becomes `<name>Year` … `<name>Iso`, a count `<name>`, `<name>Qualifier` and `<name>AsOf` (null when undated),
 * anything else itself. A value of an undeclared property is an error.
 */
export function storedProperties(properties: Record<string, PropertyDecl>, values: Record<string, ClaimValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const decl = Object.hasOwn(properties, name) ? properties[name] : undefined;
    if (decl === undefined) throw new Error(`no declared property ${name}`);
    if ('partialDate' in decl.type) Object.assign(out, partialDateProperties(value as string, name));
    else if ('countClaim' in decl.type) {
      const count = value as CountValue;
      const keys = countClaimKeys(name);
      Object.assign(out, { [keys.value]: count.value, [keys.qualifier]: count.qualifier, [keys.asOf]: count.asOf ?? null });
    } else out[name] = value;
  }
  return out;
}
