/** PLACEHOLDER: to be built (issue 10). */
export function PathView() {
  return <h1>Path</h1>;
}
