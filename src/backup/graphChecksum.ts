import { createHash } from 'node:crypto';
import { canonicalJson } from '../curation/canonicalJson';
import { DUMP_FORMAT, DumpProperties, GraphCounts } from './dumpFormat';

const MODULUS = 1n << 256n;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

function tally(counts: Record<string, number>, name: string): void {
  counts[name] = (counts[name] ?? 0) + 1;
}

/**
 * The content checksum of a graph, the same whatever Neo4j's internal ids and whatever order the nodes and
 * relationships come in, so that a graph and its restored copy give the same checksum:
 * - a node's digest is the SHA-256 of its canonical JSON (`{labels (sorted), properties}`, keys sorted, values as
 *   the dump encodes them); a relationship's the SHA-256 of `{type, properties, from, to}`, its ends named by
 *   their nodes' digests;
 * - the digests of all nodes, and of all relationships, are added up modulo 2^256 (a sum does not depend on
 *   the order, and needs no list of them held in memory);
 * - the checksum is the SHA-256 of both counts and both sums.
 * It also counts the nodes by label and the relationships by type.
 */
export class GraphChecksum {
  private nodeSum = 0n;
  private relationshipSum = 0n;
  readonly counts: GraphCounts = { nodes: 0, relationships: 0, labels: {}, types: {} };

  /** Adds a node and returns its digest, by which the relationships at it name it. */
  addNode(labels: string[], properties: DumpProperties): string {
    const digest = sha256(canonicalJson({ labels: [...labels].sort(), properties }));
    this.nodeSum = (this.nodeSum + BigInt(`0x${digest}`)) % MODULUS;
    this.counts.nodes += 1;
    for (const label of labels) tally(this.counts.labels, label);
    return digest;
  }

  addRelationship(type: string, properties: DumpProperties, fromDigest: string, toDigest: string): void {
    const digest = sha256(canonicalJson({ type, properties, from: fromDigest, to: toDigest }));
    this.relationshipSum = (this.relationshipSum + BigInt(`0x${digest}`)) % MODULUS;
    this.counts.relationships += 1;
    tally(this.counts.types, type);
  }

  /** `sha256:` and 64 hex digits. */
  value(): string {
    const hex = (sum: bigint) => sum.toString(16).padStart(64, '0');
    const { nodes, relationships } = this.counts;
    return `sha256:${sha256(`${DUMP_FORMAT} checksum\nnodes ${nodes} ${hex(this.nodeSum)}\nrelationships ${relationships} ${hex(this.relationshipSum)}\n`)}`;
  }
}
