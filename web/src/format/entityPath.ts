/** The explorer's address of an entity's page. */
export function entityPath(id: string): string {
  return `/entity/${encodeURIComponent(id)}`;
}
