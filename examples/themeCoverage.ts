/**
 * `npm run example:theme-coverage -- [GraphQL URL]`: prints the risk themes by the events, cities and countries
 * that took them up, from a running server (default http://localhost:4000/graphql), through the typed client.
 */
import { createScnClient, ScnClientError } from '../src/client';

const DEFAULT_URL = 'http://localhost:4000/graphql';

/** Rows as aligned columns: text left, numbers right, a rule under the header. */
export function formatTable(header: string[], rows: (string | number)[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells: (string | number)[]) =>
    cells
      .map((cell, column) => (typeof cell === 'number' ? String(cell).padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const url = process.argv[2] ?? DEFAULT_URL;
  const coverage = await createScnClient(url).themeCoverage();
  const rows = coverage.map((row) => [row.theme.name, row.events, row.cities, row.countries]);
  console.log(formatTable(['theme', 'events', 'cities', 'countries'], rows));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    const code = error instanceof ScnClientError && error.code ? ` (${error.code})` : '';
    console.error(`theme coverage failed${code}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
