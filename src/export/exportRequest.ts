import { ExportFormat } from './graphWriter';
import { graphmlFormat } from './graphmlWriter';
import { jsonFormat } from './jsonWriter';
import { csvFormat } from './csvWriter';

export const FORMATS: Record<string, ExportFormat> = { graphml: graphmlFormat, json: jsonFormat, csv: csvFormat };
export const MAX_DEPTH = 3;

/** What to export: the whole graph, or the neighbourhood of one entity. */
export type ExportScope = { kind: 'graph' } | { kind: 'neighbourhood'; id: string; depth: number };

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

/** Reads ?format=graphml|json|csv[&id=<entity id>[&depth=1..3]] (depth defaults to 1). */
export function parseExportRequest(query: Record<string, unknown>): ExportRequest | BadExportInput {
  const formatName = query.format;
  const formatList = Object.keys(FORMATS).join(', ');
  if (typeof formatName !== 'string' || !Object.prototype.hasOwnProperty.call(FORMATS, formatName)) {
    if (typeof formatName !== 'string') return bad('format', `is required: one of ${formatList}.`);
    return bad('format', `must be one of ${formatList}; "${formatName}" is not a format.`);
  }
  const format = FORMATS[formatName];

  const { id, depth } = query;
  if (id === undefined) {
    if (depth !== undefined) return bad('depth', 'only applies to a neighbourhood export: give the entity id too.');
    return { format, scope: { kind: 'graph' } };
  }
  if (typeof id !== 'string' || id.trim() === '') return bad('id', 'must be one entity id, e.g. city:durres.');

  let hops = 1;
  if (depth !== undefined) {
    hops = typeof depth === 'string' && /^\d+$/.test(depth) ? Number(depth) : NaN;
    if (!(hops >= 1 && hops <= MAX_DEPTH)) {
      return { ...bad('depth', `must be a whole number from 1 to ${MAX_DEPTH} (maximum ${MAX_DEPTH}).`), maximum: MAX_DEPTH };
    }
  }
  return { format, scope: { kind: 'neighbourhood', id: id.trim(), depth: hops } };
}

function bad(argument: string, message: string): BadExportInput {
  return { code: 'BAD_USER_INPUT', argument, message: `Argument "${argument}" ${message}` };
}
