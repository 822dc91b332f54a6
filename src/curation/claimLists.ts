/**
 * The claim and evidence lists an entity or relationship stores (see cypher/import-entities.cypher), and the pure
 * edits writes make to them: a source's statement of some properties, pieces of evidence added or retracted, and
 * two entities' lists joined by a merge. Claims are one per (source, property), as JSON text.
 */
export interface ClaimLists {
  claimSourceIds: string[];
  claimProperties: string[];
  claimValues: string[];
  evidenceSourceIds: string[];
  evidenceKinds: string[];
  evidenceExcerpts: string[];
  evidenceStatements: string[];
  evidenceLocators: string[];
}

/** One piece of evidence as stored: an EXCERPT (excerpt) or a CITATION (statement, locator). */
export interface EvidencePiece {
  source: string;
  excerpt?: string;
  statement?: string;
  locator?: string;
}

const KEYS: (keyof ClaimLists)[] = ['claimSourceIds', 'claimProperties', 'claimValues', 'evidenceSourceIds', 'evidenceKinds', 'evidenceExcerpts', 'evidenceStatements', 'evidenceLocators'];

/** The lists of stored properties (empty lists for what is missing, e.g. a new entity). */
export function listsOf(properties: Record<string, unknown> | null | undefined): ClaimLists {
  return Object.fromEntries(KEYS.map((key) => [key, Array.isArray(properties?.[key]) ? [...(properties![key] as string[])] : []])) as unknown as ClaimLists;
}

function keepClaims(lists: ClaimLists, keep: (i: number) => boolean): ClaimLists {
  const kept = lists.claimSourceIds.map((_, i) => i).filter(keep);
  return { ...lists, claimSourceIds: kept.map((i) => lists.claimSourceIds[i]), claimProperties: kept.map((i) => lists.claimProperties[i]), claimValues: kept.map((i) => lists.claimValues[i]) };
}

function keepEvidence(lists: ClaimLists, keep: (i: number) => boolean): ClaimLists {
  const kept = lists.evidenceSourceIds.map((_, i) => i).filter(keep);
  const pick = (list: string[]) => kept.map((i) => list[i] ?? '');
  return {
    ...lists,
    evidenceSourceIds: pick(lists.evidenceSourceIds),
    evidenceKinds: kept.map((i) => lists.evidenceKinds[i] ?? 'EXCERPT'),
    evidenceExcerpts: pick(lists.evidenceExcerpts),
    evidenceStatements: pick(lists.evidenceStatements),
    evidenceLocators: pick(lists.evidenceLocators),
  };
}

/**
 * `source` states these properties: its earlier claim of each is replaced; a null value withdraws it. Other
 * sources' claims stay (where sources disagree, both claims stay).
 */
export function stateClaims(lists: ClaimLists, source: string, stated: Record<string, unknown>): ClaimLists {
  const names = Object.keys(stated);
  const kept = keepClaims(lists, (i) => !(lists.claimSourceIds[i] === source && names.includes(lists.claimProperties[i])));
  const given = Object.entries(stated).filter(([, value]) => value !== null && value !== undefined);
  return {
    ...kept,
    claimSourceIds: [...kept.claimSourceIds, ...given.map(() => source)],
    claimProperties: [...kept.claimProperties, ...given.map(([name]) => name)],
    claimValues: [...kept.claimValues, ...given.map(([, value]) => JSON.stringify(value))],
  };
}

function sameEvidence(lists: ClaimLists, i: number, piece: EvidencePiece): boolean {
  if (lists.evidenceSourceIds[i] !== piece.source) return false;
  return piece.excerpt !== undefined ? lists.evidenceKinds[i] !== 'CITATION' && lists.evidenceExcerpts[i] === piece.excerpt : lists.evidenceKinds[i] === 'CITATION' && lists.evidenceStatements[i] === piece.statement;
}

/** Adds pieces of evidence; one identical to a piece already there (same source and text) is not added again. */
export function addEvidence(lists: ClaimLists, pieces: EvidencePiece[]): ClaimLists {
  const out = { ...lists, evidenceSourceIds: [...lists.evidenceSourceIds], evidenceKinds: [...lists.evidenceKinds], evidenceExcerpts: [...lists.evidenceExcerpts], evidenceStatements: [...lists.evidenceStatements], evidenceLocators: [...lists.evidenceLocators] };
  for (const piece of pieces) {
    if (out.evidenceSourceIds.some((_, i) => sameEvidence(out, i, piece))) continue;
    out.evidenceSourceIds.push(piece.source);
    out.evidenceKinds.push(piece.excerpt !== undefined ? 'EXCERPT' : 'CITATION');
    out.evidenceExcerpts.push(piece.excerpt ?? '');
    out.evidenceStatements.push(piece.statement ?? '');
    out.evidenceLocators.push(piece.locator ?? '');
  }
  return out;
}

/**
 * Takes away one piece of evidence; when its source then gives no evidence here, that source's claims go too
 * (a claim without evidence is not kept). `found` is false when no such piece is stored.
 */
export function retractEvidence(lists: ClaimLists, piece: EvidencePiece): { lists: ClaimLists; found: boolean } {
  const index = lists.evidenceSourceIds.findIndex((_, i) => sameEvidence(lists, i, piece));
  if (index < 0) return { lists, found: false };
  const without = keepEvidence(lists, (i) => i !== index);
  const sourceStays = without.evidenceSourceIds.includes(piece.source);
  return { lists: sourceStays ? without : keepClaims(without, (i) => without.claimSourceIds[i] !== piece.source), found: true };
}

/** The lists of two things that turn out to be one: every claim and piece of evidence of both (identical evidence once). */
export function joinLists(survivor: ClaimLists, merged: ClaimLists): ClaimLists {
  const pieces = merged.evidenceSourceIds.map((source, i): EvidencePiece => (merged.evidenceKinds[i] === 'CITATION' ? { source, statement: merged.evidenceStatements[i], locator: merged.evidenceLocators[i] || undefined } : { source, excerpt: merged.evidenceExcerpts[i] }));
  const withEvidence = addEvidence(survivor, pieces);
  const claims = merged.claimSourceIds.map((source, i) => ({ source, property: merged.claimProperties[i], value: merged.claimValues[i] }));
  // The survivor's own claim of a property stays; the merged entity's differing claims from other sources join it.
  const fresh = claims.filter((c) => !withEvidence.claimSourceIds.some((s, i) => s === c.source && withEvidence.claimProperties[i] === c.property));
  return {
    ...withEvidence,
    claimSourceIds: [...withEvidence.claimSourceIds, ...fresh.map((c) => c.source)],
    claimProperties: [...withEvidence.claimProperties, ...fresh.map((c) => c.property)],
    claimValues: [...withEvidence.claimValues, ...fresh.map((c) => c.value)],
  };
}
