/** PLACEHOLDER: to be built (issue 10). */
export function SearchView() {
  return <h1>Search</h1>;
}
