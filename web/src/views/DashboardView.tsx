/** PLACEHOLDER: to be built (issue 10). */
export function DashboardView() {
  return <h1>Dashboard</h1>;
}
