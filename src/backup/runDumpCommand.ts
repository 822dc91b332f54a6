import { Command, CommanderError } from 'commander';
import { loadConfig } from '../config/config';
import { connectForTool } from '../database/connectForTool';
import { Database } from '../database/database';
import { GraphCounts } from './dumpFormat';

/** "312 nodes (Entity 290, City 40 …) and 800 relationships (MEMBER_OF 40 …)", names by count, most first. */
export function describeCounts(counts: GraphCounts): string {
  const list = (byName: Record<string, number>) =>
    Object.entries(byName)
      .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
      .map(([name, n]) => `${name} ${n}`)
      .join(', ');
  return `${counts.nodes} nodes (${list(counts.labels)}) and ${counts.relationships} relationships (${list(counts.types)})`;
}

/**
 * The command line of `npm run backup` and `npm run restore`: `<file> [--url bolt://…]`, on the database a tool
 * works on (connectForTool: the URL, else NEO4J_URI, else the embedded Neo4j). `work` returns the line to print;
 * a failure prints `<name>: <file>: <reason>` and exits 1 (2 for a usage error).
 */
export function runDumpCommand(
  name: string,
  description: string,
  work: (db: Database, file: string) => Promise<string>,
  /** Checks what can be checked before connecting (which may start the embedded Neo4j). */
  precheck: (file: string) => Promise<unknown> = async () => undefined,
): void {
  const program = new Command(name)
    .description(description)
    .argument('<file>', 'the dump file (gzip-compressed JSON Lines)')
    .option('--url <url>', 'the Neo4j to use (bolt:// or neo4j://); default NEO4J_URI, else the embedded Neo4j')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  const run = async () => {
    try {
      program.parse(process.argv);
    } catch (error) {
      if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 2);
      throw error;
    }
    const [file] = program.args;
    const { url } = program.opts<{ url?: string }>();
    await precheck(file).catch((error: Error) => {
      throw new Error(`${file}: ${error.message}`);
    });
    const config = loadConfig(url ? { ...process.env, NEO4J_URI: url } : process.env);
    const connection = await connectForTool(config, (line) => console.error(line));
    try {
      console.log(`${name}: ${file}: ${await work(connection.db, file)}`);
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`);
    } finally {
      await connection.close();
    }
  };
  run().catch((error: Error) => {
    console.error(`${name}: ${error.message}`);
    process.exit(1);
  });
}
