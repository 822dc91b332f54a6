// The dump format of `npm run backup` / `npm run restore`: gzip'd JSON Lines, one record a line.
//   {"record":"header","format":"scn-graph-dump","version":1,"createdAt":…,"neo4jVersion":…,"neo4jEdition":…,"counts":{"nodes":n,"relationships":m}}
//   {"record":"node","id":0,"labels":["City","Entity"],"properties":{…}}                  one per node, ids 0, 1, 2 … local to the dump
//   {"record":"relationship","type":"MEMBER_OF","from":0,"to":7,"properties":{…}}       after every node
//   {"record":"trailer","counts":{"nodes":n,"relationships":m,"labels":{…},"types":{…}},"checksum":"sha256:…"}
// Property values are JSON where JSON says it exactly (strings, booleans, whole numbers within ±2^53 are Neo4j
// integers, numbers with a fraction are floats, lists); every other value is a one-key object naming its type.
import neo4j, { Date as Neo4jDate, DateTime, Duration, Integer, isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isPoint, isTime, LocalDateTime, LocalTime, Point, Time } from 'neo4j-driver';
import { z } from 'zod';

export const DUMP_FORMAT = 'scn-graph-dump';
/** The newest format version this code writes and reads. Raise it with any change a reader of version 1 would misread. */
export const DUMP_VERSION = 1;

/** A property value as the dump stores it. */
export type DumpValue = string | number | boolean | DumpValue[] | { [tag: string]: unknown };
export type DumpProperties = Record<string, DumpValue>;

const count = z.number().int().min(0);
const countsByName = z.record(z.string(), count);
const properties = z.record(z.string(), z.unknown());
const name = z.string().min(1);

/** Only format and version are read before the version is known to be one this code reads. */
export const headerStart = z.object({ record: z.literal('header'), format: z.literal(DUMP_FORMAT), version: z.number().int().min(1) });

export const dumpHeader = headerStart.extend({
  createdAt: z.string(),
  neo4jVersion: z.string(),
  neo4jEdition: z.string(),
  counts: z.object({ nodes: count, relationships: count }),
});
export const dumpNode = z.object({ record: z.literal('node'), id: count, labels: z.array(name), properties });
export const dumpRelationship = z.object({ record: z.literal('relationship'), type: name, from: count, to: count, properties });
export const graphCounts = z.object({ nodes: count, relationships: count, labels: countsByName, types: countsByName });
export const dumpTrailer = z.object({ record: z.literal('trailer'), counts: graphCounts, checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/) });
/** Any record after the header. */
export const dumpRecord = z.discriminatedUnion('record', [dumpNode, dumpRelationship, dumpTrailer]);

export type DumpHeader = z.infer<typeof dumpHeader>;
export type DumpNode = z.infer<typeof dumpNode>;
export type DumpRelationship = z.infer<typeof dumpRelationship>;
export type DumpTrailer = z.infer<typeof dumpTrailer>;
export type GraphCounts = z.infer<typeof graphCounts>;

const int = (value: unknown) => neo4j.int(value as number | string);

/**
 * The tagged types: each with the test that recognises the driver's value, its encoding and its decoding.
 * Temporal values keep every component (nanoseconds, offsets, zone ids), points their SRID and coordinates.
 */
const TAGGED = {
  $int: { is: isInt, encode: (v: Integer) => v.toString(), decode: (s: unknown) => int(s) },
  $float: { is: (v: unknown) => typeof v === 'number', encode: (v: number) => (Object.is(v, -0) ? '-0' : String(v)), decode: (s: unknown) => Number(s) },
  $bytes: { is: (v: unknown) => v instanceof Int8Array, encode: (v: Int8Array) => Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64'), decode: (s: unknown) => new Int8Array(Buffer.from(String(s), 'base64')) },
  $date: { is: isDate, encode: (v: Neo4jDate) => components(v, ['year', 'month', 'day']), decode: (c: unknown) => new Neo4jDate(...ints(c, 3)) },
  $localTime: { is: isLocalTime, encode: (v: LocalTime) => components(v, ['hour', 'minute', 'second', 'nanosecond']), decode: (c: unknown) => new LocalTime(...ints(c, 4)) },
  $time: {
    is: isTime,
    encode: (v: Time) => components(v, ['hour', 'minute', 'second', 'nanosecond', 'timeZoneOffsetSeconds']),
    decode: (c: unknown) => new Time(...ints(c, 5)),
  },
  $localDateTime: {
    is: isLocalDateTime,
    encode: (v: LocalDateTime) => components(v, ['year', 'month', 'day', 'hour', 'minute', 'second', 'nanosecond']),
    decode: (c: unknown) => new LocalDateTime(...ints(c, 7)),
  },
  $dateTime: {
    is: isDateTime,
    encode: (v: DateTime) => [...components(v, ['year', 'month', 'day', 'hour', 'minute', 'second', 'nanosecond', 'timeZoneOffsetSeconds']), v.timeZoneId ?? null],
    decode: (c: unknown) => {
      const list = c as unknown[];
      const [year, month, day, hour, minute, second, nanosecond, offset] = ints(list, 8);
      return new DateTime(year, month, day, hour, minute, second, nanosecond, offset, (list[8] as string | null) ?? undefined);
    },
  },
  $duration: { is: isDuration, encode: (v: Duration) => components(v, ['months', 'days', 'seconds', 'nanoseconds']), decode: (c: unknown) => new Duration(...ints(c, 4)) },
  $point: {
    is: isPoint,
    encode: (v: Point) => [v.srid.toString(), v.x, v.y, ...(v.z === undefined ? [] : [v.z])],
    decode: (c: unknown) => {
      const [srid, x, y, z] = c as [string, number, number, number?];
      return new Point(int(srid), x, y, z);
    },
  },
} as const;
type Tag = keyof typeof TAGGED;

/** Integer components as strings (they may pass 2^53: nanoseconds of a duration, years far out). */
function components<T extends object>(value: T, keys: (keyof T)[]): string[] {
  return keys.map((key) => String(value[key]));
}

type Integers<N extends number, R extends Integer[] = []> = R['length'] extends N ? R : Integers<N, [Integer, ...R]>;

/** The first `n` components of a dumped value, as Neo4j integers. */
function ints<N extends number>(list: unknown, n: N): Integers<N> {
  if (!Array.isArray(list) || list.length < n) throw new Error(`a value of ${n} components given ${JSON.stringify(list)}`);
  return list.slice(0, n).map(int) as Integers<N>;
}

/** A driver value (with lossless integers) as the dump stores it. */
export function encodeValue(value: unknown): DumpValue {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  // A float JSON would read back as an integer (3.0, -0) or cannot hold (NaN, ±Infinity) is tagged, as is an integer past ±2^53.
  if (typeof value === 'number' && Number.isFinite(value) && !Number.isInteger(value)) return value;
  if (isInt(value) && value.inSafeRange()) return value.toNumber();
  if (Array.isArray(value)) return value.map(encodeValue);
  for (const [tag, type] of Object.entries(TAGGED) as [Tag, (typeof TAGGED)[Tag]][]) {
    if (type.is(value)) return { [tag]: (type.encode as (v: unknown) => unknown)(value) };
  }
  throw new Error(`a property value of an unknown type: ${Object.prototype.toString.call(value)}`);
}

/** The driver value a dumped value stands for (the inverse of encodeValue). */
export function decodeValue(value: unknown): unknown {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] in TAGGED) return TAGGED[keys[0] as Tag].decode((value as Record<string, unknown>)[keys[0]]);
  }
  throw new Error(`not a dumped property value: ${JSON.stringify(value)?.slice(0, 100)}`);
}

export function encodeProperties(properties: Record<string, unknown>): DumpProperties {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, encodeValue(value)]));
}

export function decodeProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, decodeValue(value)]));
}
