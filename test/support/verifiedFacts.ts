import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One fact the public-record research confirmed on its page (docs/public-record/verified-facts.tsv). */
export interface VerifiedFact {
  source_url: string;
  title: string;
  publisher: string;
  published: string;
  fact_type: string;
  subject: string;
  predicate: string;
  object: string;
  /** A partial ISO date, a range "a/b", or "unknown". */
  date: string;
  statement: string;
}

/** The page a fact's address names, without a query string (a newsletter's "?e=…" tracking part). */
export function pageOf(fact: VerifiedFact): string {
  return fact.source_url.replace(/\?.*$/, '');
}

/** The confirmed facts, one per row, by column name. */
export function readVerifiedFacts(): VerifiedFact[] {
  const [header, ...lines] = readFileSync(join(__dirname, '..', '..', 'docs', 'public-record', 'verified-facts.tsv'), 'utf8').trimEnd().split('\n');
  const columns = header.split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((cell, i) => [columns[i], cell])) as unknown as VerifiedFact);
}
