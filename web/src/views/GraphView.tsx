/** PLACEHOLDER: to be built (issue 10). */
export function GraphView() {
  return <h1>Graph</h1>;
}
