import { ExportFormat } from './graphWriter';
import { graphmlFormat } from './graphmlWriter';
import { jsonFormat } from './jsonWriter';
import { csvFormat } from './csvWriter';
import { BOUNDS } from '../model/bounds';

export const FORMATS: Record<string, ExportFormat> = { graphml: graphmlFormat, json: jsonFormat, csv: csvFormat };

/** What to export: the whole graph, or the neighbourhood of one entity. */
export type ExportScope = { kind: 'graph' } | { kind: 'neighbourhood'; id: string; depth: number; limit: number };

export interface ExportRequest {
  format: ExportFormat;
  scope: ExportScope;
}

/** A 400 answer: the query parameter at fault and a sentence naming it. */
export interface BadExportInput {
  code: 'BAD_USER_INPUT';
  argument: string;
  message: string;
  maximum?: number;
}

/**
 * Reads ?format=graphml|json|csv[&id=<entity id>[&depth=1..3][&limit=1..5000]]: depth defaults to 1, limit to its
 * maximum; the bounds are those of the `neighborhood` query (BOUNDS), the limit's own maximum aside.
 */
export function parseExportRequest(query: Record<string, unknown>): ExportRequest | BadExportInput {
  const formatName = query.format;
  const formatList = Object.keys(FORMATS).join(', ');
  if (typeof formatName !== 'string' || !Object.prototype.hasOwnProperty.call(FORMATS, formatName)) {
    if (typeof formatName !== 'string') return bad('format', `is required: one of ${formatList}.`);
    return bad('format', `must be one of ${formatList}; "${formatName}" is not a format.`);
  }
  const format = FORMATS[formatName];

  const { id, depth, limit } = query;
  if (id === undefined) {
    if (depth !== undefined) return bad('depth', 'only applies to a neighbourhood export: give the entity id too.');
    if (limit !== undefined) return bad('limit', 'only applies to a neighbourhood export: give the entity id too.');
    return { format, scope: { kind: 'graph' } };
  }
  if (typeof id !== 'string' || id.trim() === '') return bad('id', 'must be one entity id, e.g. city:durres.');

  const hops = wholeNumber(depth, 1);
  if (!(hops >= 1 && hops <= BOUNDS.neighborhoodMaxDepth)) return outOfRange('depth', BOUNDS.neighborhoodMaxDepth);
  const most = wholeNumber(limit, BOUNDS.neighborhoodExportMaxLimit);
  if (!(most >= 1 && most <= BOUNDS.neighborhoodExportMaxLimit)) return outOfRange('limit', BOUNDS.neighborhoodExportMaxLimit);
  return { format, scope: { kind: 'neighbourhood', id: id.trim(), depth: hops, limit: most } };
}

/** The whole number a query parameter holds, `otherwise` when it is absent, NaN when it is not one. */
function wholeNumber(value: unknown, otherwise: number): number {
  if (value === undefined) return otherwise;
  return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
}

function outOfRange(argument: string, maximum: number): BadExportInput {
  return { ...bad(argument, `must be a whole number from 1 to ${maximum} (maximum ${maximum}).`), maximum };
}

function bad(argument: string, message: string): BadExportInput {
  return { code: 'BAD_USER_INPUT', argument, message: `Argument "${argument}" ${message}` };
}
