/** The explorer's address of the network around an entity. */
export function graphPath(id: string): string {
  return `/graph/${encodeURIComponent(id)}`;
}
