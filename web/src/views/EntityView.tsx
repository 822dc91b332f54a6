/** PLACEHOLDER: to be built (issue 10). */
export function EntityView() {
  return <h1>Entity</h1>;
}
