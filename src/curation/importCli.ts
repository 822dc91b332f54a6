// npm run import -- FILE [--dry-run] [--url URL | --database]: imports one source document (the seeds/ format)
// through a running server's importDocument (key from SCN_API_KEY), or straight into the database.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Command, CommanderError } from 'commander';
import { ClientError, GraphQLClient, gql } from 'graphql-request';
import { loadConfig } from '../config/config';
import { connectForTool } from '../database/connectForTool';
import { SeedError } from '../seed/readSeeds';
import { ImportOutcome, ImportSubject, importDocument } from './importDocument';
import { SourceTexts } from './sourceTexts';

const DEFAULT_URL = 'http://localhost:4000/graphql';
/** Who the history names for imports run with --database. */
const COMMAND_LINE_AUTHOR = { keyId: 'local', name: 'command line' };

const IMPORT_DOCUMENT = gql`
  mutation ImportDocument($document: JSONObject!, $dryRun: Boolean) {
    importDocument(document: $document, dryRun: $dryRun) {
      created { subject subjectType id from type to }
      changed { subject subjectType id from type to }
      pruned { subject subjectType id from type to }
      unchanged { subject subjectType id from type to }
      changeId
      dryRun
    }
  }
`;

/** A failure to print as one line (none when empty) and exit with `code` (0: help shown, 1: the import failed, 2: usage). */
class CliFailure extends Error {
  constructor(message: string, readonly code: 0 | 1 | 2) {
    super(message);
  }
}

function printReport(file: string, report: ImportOutcome): void {
  const outcomes = ['created', 'changed', 'pruned', 'unchanged'] as const;
  for (const outcome of outcomes.slice(0, 3)) {
    for (const s of report[outcome] as ImportSubject[]) console.log(`  ${outcome} ${s.subjectType === 'ENTITY' ? 'entity' : 'relationship'} ${s.subject}`);
  }
  const counts = outcomes.map((o) => `${report[o].length} ${o}`).join(', ');
  const change = report.dryRun ? 'dry run: nothing written' : report.changeId ? `change ${report.changeId}` : 'nothing changed';
  console.log(`import: ${file}: ${counts}; ${change}`);
}

async function viaServer(url: string, document: unknown, dryRun: boolean): Promise<ImportOutcome> {
  const key = process.env.SCN_API_KEY;
  if (!key) throw new CliFailure('SCN_API_KEY is not set: give an API key with the editor role (or use --database)', 2);
  const client = new GraphQLClient(url, { headers: { authorization: `Bearer ${key}` } });
  try {
    return (await client.request<{ importDocument: ImportOutcome }>(IMPORT_DOCUMENT, { document, dryRun })).importDocument;
  } catch (error) {
    // The server names the argument ("Argument "document" is not a valid document: …"); here the file is named instead.
    if (error instanceof ClientError) throw new CliFailure((error.response.errors?.[0]?.message ?? `HTTP ${error.response.status}`).replace(/^Argument "document" is not a valid document: /, ''), 1);
    throw new CliFailure(`${url} could not be reached: ${(error as Error).message}`, 1);
  }
}

async function viaDatabase(document: unknown, dryRun: boolean): Promise<ImportOutcome> {
  const config = loadConfig();
  const connection = await connectForTool(config, (line, level) => (level === 'error' ? console.error(line) : undefined));
  try {
    return await importDocument(connection.db, COMMAND_LINE_AUTHOR, document, { dryRun, sourceTexts: new SourceTexts(config.sourceTextsDir) });
  } catch (error) {
    if (error instanceof SeedError) throw new CliFailure(error.message, 1);
    throw error;
  } finally {
    await connection.close();
  }
}

async function main(argv: string[]): Promise<void> {
  const program = new Command('import')
    .description('Import one source document (the seeds/ format) as one recorded change')
    .argument('<file>', 'the document, a JSON file')
    .option('--dry-run', 'report what the import would do; write nothing')
    .option('--url <url>', 'the GraphQL endpoint of a running server (API key from SCN_API_KEY)', DEFAULT_URL)
    .option('--database', 'write straight into the database (NEO4J_URI, or the embedded Neo4j) instead of through a server')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  try {
    program.parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) throw new CliFailure('', error.exitCode === 0 ? 0 : 2);
    throw error;
  }
  const [path] = program.args;
  const options = program.opts<{ dryRun?: boolean; url: string; database?: boolean }>();
  const file = basename(path);
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CliFailure(`${file}: cannot read a JSON document: ${(error as Error).message}`, 1);
  }
  try {
    const report = options.database ? await viaDatabase(document, options.dryRun ?? false) : await viaServer(options.url, document, options.dryRun ?? false);
    printReport(file, report);
  } catch (error) {
    if (error instanceof CliFailure && error.message) throw new CliFailure(`${file}: ${error.message}`, error.code);
    throw error;
  }
}

main(process.argv).catch((error: Error) => {
  if (error instanceof CliFailure) {
    if (error.message) console.error(`import: ${error.message}`);
    process.exit(error.code);
  }
  console.error(`import: ${error.message}`);
  process.exit(1);
});
