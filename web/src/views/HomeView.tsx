/** PLACEHOLDER: to be built (issue 10). */
export function HomeView() {
  return <h1>Home</h1>;
}
