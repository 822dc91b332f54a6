/** GraphiQL's address when the server serves it (the page's scn-graphiql tag, taken out when GraphiQL is off); else null. */
export const GRAPHIQL_PATH = document.querySelector<HTMLMetaElement>('meta[name="scn-graphiql"]')?.content ?? null;
