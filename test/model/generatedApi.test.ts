import { GraphQLEnumType, GraphQLError, GraphQLField, GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema, getNamedType, isListType, isNonNullType, isObjectType } from 'graphql';
import { buildGraphQLSchema } from '../../src/schema/buildGraphQLSchema';
import { PRELOADED } from '../../src/compiler/preloaded';
import { EVENT_KIND_NAMES, EVENT_LIST, KINDS, KIND_NAMES } from '../../src/model/kinds';
import { EDGE_TYPES, FIELDS_BY_KIND, RELATED_MAX_FIRST, RELATIONSHIP_FIELDS } from '../../src/model/relationshipFields';
import { KindDecl } from '../../src/model/modelTypes';

let schema: GraphQLSchema;
beforeAll(() => {
  schema = buildGraphQLSchema();
});

/** A context whose loaders record what they are asked and answer nothing: the resolver must not need them. */
function recordingContext() {
  const asked: unknown[] = [];
  const ctx = { loaders: { related: { load: async (key: unknown) => (asked.push(key), []) } } };
  return { ctx, asked };
}

function field(type: string, name: string): GraphQLField<unknown, unknown> {
  return (schema.getType(type) as GraphQLObjectType).getFields()[name];
}

/** What graphql-js hands a resolver, as far as the relationship fields read it: the response key. */
const infoFor = (key: string) => ({ path: { key, prev: undefined, typename: undefined } }) as unknown as GraphQLResolveInfo;

const city = { id: 'city:durres', kind: 'City', name: 'Durrës', aliases: [], description: null, evidence: [], date: null };

test('Generated API: every kind is an object type with its list query, and every relationship field of the model is on it', () => {
  for (const kind of KIND_NAMES) {
    const type = schema.getType(kind);
    expect(isObjectType(type)).toBe(true);
    const list = schema.getQueryType()!.getFields()[(KINDS[kind] as KindDecl).list.query];
    expect(getNamedType(list.type).name).toBe(`${kind}Connection`);
    for (const [name, declared] of FIELDS_BY_KIND[kind]) {
      const generated = (type as GraphQLObjectType).getFields()[name];
      expect({ kind, name, description: generated?.description, returns: getNamedType(generated.type).name, list: isNonNullType(generated.type) && isListType(generated.type.ofType) }).toEqual({
        kind,
        name,
        description: declared.description,
        returns: declared.returns,
        list: !declared.one,
      });
      if (!declared.one) expect(generated.args.find((arg) => arg.name === 'first')?.defaultValue).toBe(declared.defaultFirst);
    }
  }
});

test('Generated API: a relationship field returns what a compiled statement preloaded for its response key, without the loaders', async () => {
  const { ctx, asked } = recordingContext();
  const country = { ...city, id: 'country:albania', kind: 'Country', name: 'Albania' };
  const root = { ...city, [PRELOADED]: { country, home: null, networks: [] } };
  expect(await field('City', 'country').resolve!(root, {}, ctx, infoFor('country'))).toBe(country);
  // An alias is its own response key: a null preloaded under it is the answer (no country), not a miss.
  expect(await field('City', 'country').resolve!(root, {}, ctx, infoFor('home'))).toBeNull();
  expect(await field('City', 'networks').resolve!(root, { first: 5 }, ctx, infoFor('networks'))).toEqual([]);
  expect(asked).toEqual([]);
});

test('Generated API: a relationship field with nothing preloaded asks the batched loader for its declared type, direction and kind', async () => {
  const { ctx, asked } = recordingContext();
  const root = { ...city, [PRELOADED]: { networks: [] } };
  expect(await field('City', 'country').resolve!(root, {}, ctx, infoFor('country'))).toBeNull();
  expect(await field('City', 'participatedIn').resolve!(city, { first: 7 }, ctx, infoFor('participatedIn'))).toEqual([]);
  expect(asked).toEqual([
    { id: 'city:durres', types: ['LOCATED_IN'], direction: 'OUT', kinds: ['Country'], first: 1, withRelationships: false },
    { id: 'city:durres', types: ['PARTICIPATED_IN'], direction: 'OUT', kinds: null, first: 7, withRelationships: false },
  ]);
});

test('Generated API: `first` of a relationship field is checked against its bounds even when its value was preloaded', async () => {
  const { ctx } = recordingContext();
  const root = { ...city, [PRELOADED]: { networks: [] } };
  for (const first of [-1, RELATED_MAX_FIRST + 1]) {
    const error = await Promise.resolve()
      .then(() => field('City', 'networks').resolve!(root, { first }, ctx, infoFor('networks')))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  }
});

test('Generated API: every edge type of the model is an object type with both ends, each declared property and the evidence', () => {
  expect(EDGE_TYPES.map((edge) => edge.name)).toEqual(['Membership', 'SteeringCommitteeSeat', 'Role', 'Appearance']);
  for (const edge of EDGE_TYPES) {
    const type = schema.getType(edge.name) as GraphQLObjectType;
    expect(type.description).toBe(edge.description);
    const fields = type.getFields();
    const shape = (name: string) => ({ type: getNamedType(fields[name].type).name, nonNull: isNonNullType(fields[name].type), description: fields[name].description });
    expect(Object.keys(fields).sort()).toEqual(['from', 'to', 'evidence', ...Object.keys(edge.properties)].sort());
    expect(shape('from')).toMatchObject({ type: edge.from, nonNull: true });
    expect(shape('to')).toMatchObject({ type: edge.to, nonNull: true });
    expect(shape('evidence')).toMatchObject({ type: 'Evidence', nonNull: true });
    for (const [name, property] of Object.entries(edge.properties)) {
      expect(shape(name)).toEqual({ type: 'partialDate' in property.type ? 'PartialDate' : 'String', nonNull: !property.nullable, description: property.description });
    }
  }
  expect((schema.getType('Role') as GraphQLObjectType).getFields().to.type.toString()).toBe('Entity!');
  expect((schema.getType('Appearance') as GraphQLObjectType).getFields().to.type.toString()).toBe('Event!');
});

test('Generated API: a field declared edge: true lists its edge type; with nothing preloaded it asks the loader for the relationships too', async () => {
  const edgeFields = RELATIONSHIP_FIELDS.filter((declared) => declared.edge);
  expect(edgeFields.map((declared) => `${declared.on}.${declared.name}`)).toEqual(expect.arrayContaining(['City.memberships', 'Network.memberships', 'Person.roles', 'Network.officeHolders', 'Person.appearances']));
  for (const declared of edgeFields) {
    const generated = field(declared.on, declared.name);
    expect(generated.type.toString()).toBe(`[${declared.returns}!]!`);
    expect(generated.args.find((arg) => arg.name === 'first')?.defaultValue).toBe(declared.defaultFirst);
  }
  const { ctx, asked } = recordingContext();
  expect(await field('City', 'memberships').resolve!(city, { first: 3 }, ctx, infoFor('memberships'))).toEqual([]);
  expect(asked).toEqual([{ id: 'city:durres', types: ['MEMBER_OF'], direction: 'OUT', kinds: ['Network'], first: 3, withRelationships: true }]);
});

test('Generated API: events takes kinds (EntityKind values, every kind a value) as its declaration says; CountClaim carries asOf', () => {
  const events = schema.getQueryType()!.getFields()[EVENT_LIST.query];
  const kinds = events.args.find((arg) => arg.name === 'kinds')!;
  expect(kinds.type.toString()).toBe('[EntityKind!]');
  expect(kinds.description).toBe(EVENT_LIST.arguments.find((argument) => 'kinds' in argument)?.description);
  expect((schema.getType('EntityKind') as GraphQLEnumType).getValues().map((value) => value.name)).toEqual(KIND_NAMES);
  expect(EVENT_KIND_NAMES).toEqual(expect.arrayContaining(['Summit', 'Consultation', 'HubLaunch']));
  expect((schema.getType('CountClaim') as GraphQLObjectType).getFields().asOf.type.toString()).toBe('PartialDate');
  for (const name of ['endDate', 'participantCount']) expect(Object.keys((schema.getType('Summit') as GraphQLObjectType).getFields())).toContain(name);
  expect((schema.getType('Network') as GraphQLObjectType).getFields().launchDate.type.toString()).toBe('PartialDate');
});
