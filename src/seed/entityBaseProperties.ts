/** The properties every entity node has: id, kind, name with its sort key, aliases with their indexed copy, description. */
export function entityBaseProperties(e: { id: string; kind: string; name: string; aliases: readonly string[]; description?: string | null }): Record<string, unknown> {
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    sortName: e.name.toLocaleLowerCase('en'),
    aliases: [...e.aliases],
    // Full-text indexes read strings, not lists: aliases are indexed through this joined copy.
    aliasText: e.aliases.join(' | '),
    description: e.description ?? null,
  };
}
